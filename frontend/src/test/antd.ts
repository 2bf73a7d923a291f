import { screen } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';

/** Opens an antd Select (optionally typing a search) and clicks the option showing `text`. */
export async function chooseOption(user: UserEvent, combobox: HTMLElement, text: string, search?: string) {
  await user.click(combobox);
  if (search) await user.type(combobox, search);
  const option = await screen.findByText(text, { selector: '.ant-select-item-option-content' });
  await user.click(option);
}
