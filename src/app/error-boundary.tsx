import { Component, type ReactNode } from 'react';
import { useI18n } from '../i18n/i18n.tsx';

function Fallback() {
  const { t } = useI18n();
  return (
    <div role="alert" className="mx-auto mt-16 max-w-lg rounded-xl border border-red-200 bg-white p-6 shadow">
      <h1 className="text-lg font-semibold text-red-800">{t('app.error.title')}</h1>
      <p className="mt-2 text-sm text-neutral-700">{t('app.error.body')}</p>
      <button
        type="button"
        className="mt-4 rounded-md bg-wa-teal px-3 py-2 text-sm font-medium text-white"
        onClick={() => window.location.reload()}
      >
        {t('app.error.reload')}
      </button>
    </div>
  );
}

/** Last line of defence: an unexpected render error shows a calm message instead of a blank page. */
export class ErrorBoundary extends Component<{ children: ReactNode }, { failed: boolean }> {
  state = { failed: false };
  static getDerivedStateFromError() {
    return { failed: true };
  }
  componentDidCatch(error: unknown) {
    console.error(error);
  }
  render() {
    return this.state.failed ? <Fallback /> : this.props.children;
  }
}
