/**
 * Catches a map module that fails to load (offline after a deploy, a blocked chunk) or to start, and shows the
 * fallback in its place, so the rest of the page keeps working. Not lazy itself: it is what guards the lazy part.
 */
import { Component, type ErrorInfo, type ReactNode } from 'react';

export class MapLoadBoundary extends Component<
  { fallback: ReactNode; children: ReactNode },
  { failed: boolean }
> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo) {
    console.warn('Map unavailable', error, info.componentStack);
  }

  override render() {
    return this.state.failed ? this.props.fallback : this.props.children;
  }
}
