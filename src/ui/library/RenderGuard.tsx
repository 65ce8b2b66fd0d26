/**
 * Keeps one part of the page from taking the rest down: if rendering a
 * filing throws (a filing shape nobody foresaw), that part says so and the
 * queue and the library keep working.
 */
import { Component, type ComponentChildren } from 'preact';

interface GuardProps {
  /** What was being shown, for the message. */
  what: string;
  children: ComponentChildren;
}

export class RenderGuard extends Component<GuardProps, { error: string | null }> {
  override state = { error: null as string | null };

  static override getDerivedStateFromError(err: unknown) {
    return { error: err instanceof Error ? err.message : String(err) };
  }

  override render() {
    if (this.state.error === null) return this.props.children;
    return (
      <div class="error-notice" role="alert">
        <p>
          <strong>{this.props.what}</strong> could not be shown.
        </p>
        <p>
          This is a fault in the viewer, not in your file ({this.state.error}). The filing is still in your
          library; reloading the page may help.
        </p>
      </div>
    );
  }
}
