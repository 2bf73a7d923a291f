import {
  BoldOutlined,
  ItalicOutlined,
  OrderedListOutlined,
  UnderlineOutlined,
  UnorderedListOutlined,
} from '@ant-design/icons';
import { Button, Space, theme as antdTheme, Tooltip } from 'antd';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import './rich-text.css';

interface Props {
  id?: string;
  value?: string;
  onChange?: (html: string) => void;
  'aria-label'?: string;
}

type Command = 'bold' | 'italic' | 'underline' | 'insertUnorderedList' | 'insertOrderedList' | 'h2' | 'p';

/**
 * A small rich-text field: a contentEditable with bold, italic, underline, heading and lists.
 * The server sanitizes the HTML with an allow-list; this only produces it.
 */
export function RichTextEditor({ id, value, onChange, ...rest }: Props) {
  const { t } = useTranslation();
  const { token } = antdTheme.useToken();
  const ref = useRef<HTMLDivElement>(null);

  // Only push the value into the DOM when it differs, so the caret stays where the user types.
  useEffect(() => {
    const element = ref.current;
    if (element && element.innerHTML !== (value ?? '')) element.innerHTML = value ?? '';
  }, [value]);

  function emit() {
    const html = ref.current?.innerHTML ?? '';
    onChange?.(html === '<br>' ? '' : html);
  }

  function run(command: Command) {
    ref.current?.focus();
    if (command === 'h2' || command === 'p') document.execCommand('formatBlock', false, command);
    else document.execCommand(command);
    emit();
  }

  const tools: { command: Command; icon: React.ReactNode; label: string }[] = [
    { command: 'bold', icon: <BoldOutlined aria-hidden />, label: t('publication.editor.bold') },
    { command: 'italic', icon: <ItalicOutlined aria-hidden />, label: t('publication.editor.italic') },
    {
      command: 'underline',
      icon: <UnderlineOutlined aria-hidden />,
      label: t('publication.editor.underline'),
    },
    { command: 'h2', icon: <span aria-hidden>H</span>, label: t('publication.editor.heading') },
    { command: 'p', icon: <span aria-hidden>¶</span>, label: t('publication.editor.paragraph') },
    {
      command: 'insertUnorderedList',
      icon: <UnorderedListOutlined aria-hidden />,
      label: t('publication.editor.bulletList'),
    },
    {
      command: 'insertOrderedList',
      icon: <OrderedListOutlined aria-hidden />,
      label: t('publication.editor.numberedList'),
    },
  ];

  return (
    <div className="rte" style={{ borderColor: token.colorBorder, borderRadius: token.borderRadius }}>
      <Space.Compact className="rte__toolbar" role="toolbar" aria-label={t('publication.editor.toolbar')}>
        {tools.map((tool) => (
          <Tooltip key={tool.command} title={tool.label}>
            <Button
              size="small"
              type="text"
              icon={tool.icon}
              aria-label={tool.label}
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => run(tool.command)}
            />
          </Tooltip>
        ))}
      </Space.Compact>
      <div
        id={id}
        ref={ref}
        className="rte__content publication-body"
        contentEditable
        suppressContentEditableWarning
        role="textbox"
        aria-multiline="true"
        aria-label={rest['aria-label']}
        data-testid="publication-body-editor"
        onInput={emit}
        onBlur={emit}
      />
    </div>
  );
}
