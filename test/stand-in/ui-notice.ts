/**
 * `Notice`. Every notice is recorded in the UI log (`testing.notices` holds their messages as
 * shown: `setMessage` updates the entry). DOM elements exist only in the jsdom environment.
 */
import './dom';
import { uiLog } from './ui-log';
import { hasDom, missingElement } from './not-implemented';

function textOf(message: string | DocumentFragment): string {
  return typeof message === 'string' ? message : (message.textContent ?? '');
}

export class Notice {
  noticeEl: HTMLElement;
  containerEl: HTMLElement;
  messageEl: HTMLElement;
  /** The requested duration in ms (0: until dismissed). */
  readonly duration: number | undefined;
  private readonly index: number;
  _hidden = false;

  constructor(message: string | DocumentFragment, duration?: number) {
    this.duration = duration;
    if (hasDom()) {
      this.containerEl = createDiv('notice');
      this.messageEl = this.containerEl.createDiv('notice-message');
      this.messageEl.setText(message);
    } else {
      this.containerEl = missingElement<HTMLElement>('Notice.containerEl');
      this.messageEl = missingElement<HTMLElement>('Notice.messageEl');
    }
    this.noticeEl = this.messageEl;
    this.index = uiLog().notices.push(textOf(message)) - 1;
    uiLog().noticeObjects.push(this);
  }

  setMessage(message: string | DocumentFragment): this {
    uiLog().notices[this.index] = textOf(message);
    if (hasDom()) this.messageEl.setText(message);
    return this;
  }

  hide(): void {
    this._hidden = true;
  }
}
