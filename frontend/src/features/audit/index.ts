export { describeEvent, changeRows } from './components/describe-event';
