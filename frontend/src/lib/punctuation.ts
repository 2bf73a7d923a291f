import type { TFunction } from 'i18next';

/**
 * Punctuation between a label and its value, around a note, between list items: full-width in Chinese
 * ("范围：", "名称（备注）", "甲、乙"), ASCII with spaces in English ("Scope: ", "Name (note)", "A, B").
 * `gap` sets label–value pairs apart on one line: an ideographic space in Chinese, an em space in English.
 */
export function punctuation(t: TFunction) {
  return {
    colon: t('common.punctuation.colon'),
    open: t('common.punctuation.open'),
    close: t('common.punctuation.close'),
    semicolon: t('common.punctuation.semicolon'),
    listSeparator: t('common.punctuation.listSeparator'),
    gap: t('common.punctuation.gap'),
  };
}

/** "名称（备注）" / "Name (note)". */
export function withNote(t: TFunction, text: string, note: string): string {
  const p = punctuation(t);
  return `${text}${p.open}${note}${p.close}`;
}

/** "标签：值" / "Label: value". */
export function labelled(t: TFunction, label: string, value: string): string {
  return `${label}${punctuation(t).colon}${value}`;
}
