export { ExportMenu } from './components/ExportMenu';
