import { loadEditCheck } from '../../src/model/studio/editCheck';

/**
 * Before a studio component test: the studio's full check loaded (setEditing(true) starts loading it; waiting once
 * means no edit races it), and <dialog>'s methods, which jsdom lacks, opening and closing it as a browser would.
 */
export async function prepareStudio(): Promise<void> {
  await loadEditCheck();
  HTMLDialogElement.prototype.showModal ??= function (this: HTMLDialogElement) {
    this.setAttribute('open', '');
  };
  HTMLDialogElement.prototype.close ??= function (this: HTMLDialogElement) {
    this.removeAttribute('open');
  };
}
