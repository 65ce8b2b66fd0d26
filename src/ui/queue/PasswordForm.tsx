/**
 * Asks for the password of a protected PDF, inline in the file's row. The
 * password goes to the worker with the file and nowhere else; it is not kept.
 */
import { useEffect, useRef, useState } from 'preact/hooks';

interface PasswordFormProps {
  itemKey: number;
  fileName: string;
  wrongPassword: boolean;
  onSubmit: (password: string) => void;
}

export function PasswordForm({ itemKey, fileName, wrongPassword, onSubmit }: PasswordFormProps) {
  const input = useRef<HTMLInputElement>(null);
  const [password, setPassword] = useState('');
  const id = `password-${itemKey}`;
  // After a wrong password the person is typing here: keep them here. A first request does not
  // take focus, because other files may still be read and the person may be elsewhere on the page.
  useEffect(() => {
    if (wrongPassword) input.current?.focus();
  }, [wrongPassword]);
  const submit = (event: Event) => {
    event.preventDefault();
    if (password) onSubmit(password);
  };
  return (
    <form class="password-form" onSubmit={submit}>
      {wrongPassword && (
        <p class="password-wrong" role="alert">
          That password does not open {fileName}. Check it and try again.
        </p>
      )}
      <label for={id}>Password for {fileName}</label>
      <div class="password-row">
        <input
          ref={input}
          id={id}
          type="password"
          autoComplete="off"
          value={password}
          onInput={(event) => setPassword(event.currentTarget.value)}
        />
        <button type="submit" disabled={!password}>
          Open file
        </button>
      </div>
      <p class="muted">The password is used only to read this file on your device; it is not stored.</p>
    </form>
  );
}
