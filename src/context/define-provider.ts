import { defineElement } from '../ui/define-element.js';
import { ChannelkitProvider } from './provider.js';

defineElement('channelkit-provider', ChannelkitProvider);

declare global {
  interface HTMLElementTagNameMap {
    'channelkit-provider': ChannelkitProvider;
  }
}
