export { publicationKeys } from './api/keys';
export { usePublication } from './api/get-publication';
export { PublicationStatusTag } from './components/PublicationStatusTag';
