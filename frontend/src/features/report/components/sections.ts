/** The three sections of a work report, in order: 工作开展情况, 存在问题, 下一步打算. */
export const SECTIONS = ['progress', 'problems', 'plans'] as const;
