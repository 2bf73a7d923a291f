// 工作台, the start page (issue 18): loaded by the route table, nothing else uses it.
export {};
