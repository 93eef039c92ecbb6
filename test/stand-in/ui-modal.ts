/**
 * `Modal`, `SuggestModal`, `FuzzySuggestModal`. An open modal is attached to `document.body` and
 * listed in `testing.openModals`; `testing.chooseSuggestion(modal, text)` picks a suggestion the
 * way a click does (the modal closes, then `onChooseSuggestion` runs, as in Obsidian).
 */
import type { App } from './app';
import './dom';
import { callSafely } from './events';
import { requireDom } from './not-implemented';
import { Scope } from './scope';
import { prepareFuzzySearch, type SearchResult } from './search';
import { uiLog } from './ui-log';

export class Modal {
  app: App;
  scope: Scope;
  containerEl: HTMLElement;
  modalEl: HTMLElement;
  titleEl: HTMLElement;
  contentEl: HTMLElement;
  shouldRestoreSelection = true;
  _isOpen = false;

  constructor(app: App) {
    requireDom('Modal');
    this.app = app;
    this.scope = new Scope(app.scope);
    this.scope.register([], 'Escape', () => {
      this.close();
      return false;
    });
    this.containerEl = createDiv('modal-container mod-dim');
    this.containerEl.createDiv('modal-bg');
    this.modalEl = this.containerEl.createDiv('modal');
    const closeButton = this.modalEl.createDiv('modal-close-button');
    closeButton.addEventListener('click', () => this.close());
    this.titleEl = this.modalEl.createDiv('modal-title');
    this.contentEl = this.modalEl.createDiv('modal-content');
  }

  open(): void {
    if (this._isOpen) return;
    this._isOpen = true;
    document.body.appendChild(this.containerEl);
    this.app.keymap.pushScope(this.scope);
    uiLog().openModals.push(this);
    callSafely(() => this.onOpen());
  }

  close(): void {
    if (!this._isOpen) return;
    this._isOpen = false;
    this.containerEl.remove();
    this.app.keymap.popScope(this.scope);
    const open = uiLog().openModals;
    const i = open.indexOf(this);
    if (i !== -1) open.splice(i, 1);
    callSafely(() => this.onClose());
  }

  onOpen(): void | Promise<void> {
    // Override to build the content.
  }

  onClose(): void {
    // Override to clean up.
  }

  setTitle(title: string): this {
    this.titleEl.setText(title);
    return this;
  }

  setContent(content: string | DocumentFragment): this {
    this.contentEl.setText(content);
    return this;
  }
}

export interface Instruction {
  command: string;
  purpose: string;
}

export abstract class SuggestModal<T> extends Modal {
  limit = 100;
  emptyStateText = 'No results found.';
  inputEl: HTMLInputElement;
  resultContainerEl: HTMLElement;
  /** As set by `setInstructions`, for assertions. */
  instructions: Instruction[] = [];

  constructor(app: App) {
    super(app);
    this.modalEl.addClass('prompt');
    this.inputEl = this.modalEl.createDiv('prompt-input-container').createEl('input', { cls: 'prompt-input', type: 'text' });
    this.resultContainerEl = this.modalEl.createDiv('prompt-results');
    this.inputEl.addEventListener('input', () => callSafely(() => this._renderSuggestions()));
  }

  override open(): void {
    super.open();
    callSafely(() => this._renderSuggestions());
  }

  setPlaceholder(placeholder: string): void {
    this.inputEl.placeholder = placeholder;
  }

  setInstructions(instructions: Instruction[]): void {
    this.instructions = instructions;
  }

  onNoSuggestion(): void {
    this.resultContainerEl.empty();
    this.resultContainerEl.createDiv({ cls: 'suggestion-empty', text: this.emptyStateText });
  }

  selectSuggestion(value: T, evt: MouseEvent | KeyboardEvent): void {
    this.close();
    this.onChooseSuggestion(value, evt);
  }

  selectActiveSuggestion(_evt: MouseEvent | KeyboardEvent): void {
    throw new Error('stand-in: use testing.chooseSuggestion(modal, text)');
  }

  /** The current suggestions for the input's text, capped at `limit`. */
  async _suggestions(): Promise<T[]> {
    return (await this.getSuggestions(this.inputEl.value)).slice(0, this.limit);
  }

  /** Renders suggestions into `resultContainerEl`; returns them with their elements. */
  async _renderSuggestions(): Promise<{ value: T; el: HTMLElement }[]> {
    const values = await this._suggestions();
    this.resultContainerEl.empty();
    if (values.length === 0) {
      this.onNoSuggestion();
      return [];
    }
    return values.map((value) => {
      const el = this.resultContainerEl.createDiv('suggestion-item');
      this.renderSuggestion(value, el);
      return { value, el };
    });
  }

  abstract getSuggestions(query: string): T[] | Promise<T[]>;

  abstract renderSuggestion(value: T, el: HTMLElement): void;

  abstract onChooseSuggestion(item: T, evt: MouseEvent | KeyboardEvent): void;
}

export interface FuzzyMatch<T> {
  item: T;
  match: SearchResult;
}

export abstract class FuzzySuggestModal<T> extends SuggestModal<FuzzyMatch<T>> {
  getSuggestions(query: string): FuzzyMatch<T>[] {
    const search = prepareFuzzySearch(query);
    const out: FuzzyMatch<T>[] = [];
    for (const item of this.getItems()) {
      const match = search(this.getItemText(item));
      if (match) out.push({ item, match });
    }
    if (query.trim() !== '') out.sort((a, b) => b.match.score - a.match.score);
    return out;
  }

  renderSuggestion(item: FuzzyMatch<T>, el: HTMLElement): void {
    el.setText(this.getItemText(item.item));
  }

  onChooseSuggestion(item: FuzzyMatch<T>, evt: MouseEvent | KeyboardEvent): void {
    this.onChooseItem(item.item, evt);
  }

  abstract getItems(): T[];

  abstract getItemText(item: T): string;

  abstract onChooseItem(item: T, evt: MouseEvent | KeyboardEvent): void;
}
