import type { MessageInstance } from 'antd/es/message/interface';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { showProblem } from './form-errors';
import { changeLanguage, initI18n } from './i18n';
import { ApiProblem } from './problem';

function messages() {
  const error = vi.fn();
  return { api: { error } as unknown as MessageInstance, error };
}

// A refusal as the server sends it when the request asked for English: the detail in the server's words.
const waived = new ApiProblem({
  status: 409,
  type: 'https://dutyledger.org/problems/conflict',
  title: 'Conflict',
  detail: 'id: obligation 5 is already waived',
  errors: [
    {
      field: 'id',
      code: 'already-waived',
      args: { obligationId: 5 },
      message: 'obligation 5 is already waived',
    },
  ],
});

describe('showProblem', () => {
  beforeEach(async () => {
    initI18n('zh-CN');
    await changeLanguage('zh-CN');
  });

  it('words field errors by their codes in the user language, not the server detail', async () => {
    const { api, error } = messages();
    showProblem(waived, api);
    expect(error).toHaveBeenCalledWith('待落实事项 5 已豁免');
    await changeLanguage('en');
    showProblem(waived, api);
    expect(error).toHaveBeenLastCalledWith('obligation 5 is already waived');
  });

  it('joins several refusals with the punctuation of the language', async () => {
    const two = new ApiProblem({
      status: 422,
      detail: 'x',
      errors: [
        { field: 'url', code: 'host-not-resolved', args: { host: 'a.example' }, message: 'x' },
        { field: 'eventTypes[0]', code: 'bad-event-type', message: 'x' },
      ],
    });
    const { api, error } = messages();
    showProblem(two, api);
    expect(error.mock.lastCall?.[0]).toMatch(/^主机 a\.example 无法解析；/);
    await changeLanguage('en');
    showProblem(two, api);
    expect(error.mock.lastCall?.[0]).toMatch(/^host a\.example could not be resolved; /);
  });

  it('shows the detail of a problem without field errors', () => {
    const { api, error } = messages();
    showProblem(new ApiProblem({ status: 409, detail: '组织 3 已撤销' }), api);
    expect(error).toHaveBeenCalledWith('组织 3 已撤销');
  });
});
