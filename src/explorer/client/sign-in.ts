/**
 * The top bar's sign-in control: "Sign in" opens a dialog where a curator pastes a token
 * (`npm run token -- --name ana --role curator`); signed in, it shows who (the token's
 * `sub` and role, as the token states them) and "Sign out". When the server refuses the
 * token at an edit, the tab is signed out and the control says why.
 */
import {
  currentCurator,
  onSessionChange,
  signIn,
  signOut,
  takeRefusal,
} from './curator-session.ts';
import { h, replaceChildren } from './dom.ts';

let dialog: HTMLDialogElement | undefined;

/** Opens the sign-in dialog (also from an edit whose token was just refused). */
export function openSignIn(): void {
  dialog ??= signInDialog();
  if (!dialog.isConnected) document.body.append(dialog);
  dialog.querySelector<HTMLElement>('.form-error')!.textContent = '';
  dialog.querySelector<HTMLInputElement>('input')!.value = '';
  dialog.showModal();
}

function signInDialog(): HTMLDialogElement {
  const input = h('input', {
    id: 'sign-in-token',
    type: 'password',
    autocomplete: 'off',
    spellcheck: 'false',
    required: true,
    'aria-describedby': 'sign-in-hint',
  });
  const problem = h('p', { className: 'form-error error', role: 'alert' });
  const element: HTMLDialogElement = h(
    'dialog',
    { className: 'sign-in-dialog', 'aria-labelledby': 'sign-in-title' },
    h(
      'form',
      {
        onsubmit: (event: Event) => {
          event.preventDefault();
          const refused = signIn(input.value);
          if (refused) problem.textContent = refused;
          else element.close();
        },
      },
      h('h2', { id: 'sign-in-title' }, 'Sign in to edit'),
      h('label', { for: 'sign-in-token' }, 'Curator token'),
      input,
      h(
        'p',
        { id: 'sign-in-hint', className: 'hint' },
        'Paste the token you were given (an administrator makes one with ',
        h('code', {}, 'npm run token -- --name you --role curator'),
        '). It is kept in this tab only, until you sign out or close the tab.',
      ),
      problem,
      h(
        'div',
        { className: 'button-row' },
        h('button', { type: 'submit' }, 'Sign in'),
        h(
          'button',
          { type: 'button', className: 'secondary', onclick: () => element.close() },
          'Cancel',
        ),
      ),
    ),
  );
  return element;
}

/** The control itself, for the top bar. */
export function signInControl(): HTMLElement {
  const control = h('div', { className: 'session', 'aria-label': 'Curator session' });
  function render(): void {
    const curator = currentCurator();
    const refusal = takeRefusal();
    replaceChildren(
      control,
      curator
        ? [
            h(
              'span',
              { className: 'signed-in', title: 'as the token states it; the server checks it' },
              'Signed in as ',
              h('strong', { className: 'curator-name' }, curator.name),
              ' · ',
              h('span', { className: 'curator-role' }, curator.role),
            ),
            h(
              'button',
              { type: 'button', className: 'secondary', onclick: () => signOut() },
              'Sign out',
            ),
          ]
        : h('button', { type: 'button', className: 'secondary', onclick: openSignIn }, 'Sign in'),
      refusal ? h('p', { className: 'session-refusal error', role: 'alert' }, refusal) : null,
    );
  }
  onSessionChange(undefined, render);
  render();
  return control;
}
