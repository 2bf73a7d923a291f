export { channelKeys } from './api/keys';
export { useChannel, channelQuery } from './api/get-channel';
export { ChannelSelect } from './components/ChannelSelect';
export { ChannelStatusTag } from './components/ChannelStatusTag';
