export { dutyKeys } from './api/keys';
export { useMyDuties } from './api/get-my-duties';
