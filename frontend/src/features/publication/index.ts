export { publicationKeys } from './api/keys';
export { usePublication, publicationQuery } from './api/get-publication';
export { PublicationStatusTag } from './components/PublicationStatusTag';
export { RichTextEditor } from './components/RichTextEditor';
