export function App() {
  return (
    <div className="flex min-h-screen flex-col bg-neutral-100 text-neutral-900">
      <header className="flex items-center gap-3 border-b border-neutral-200 bg-white px-6 py-3">
        <h1 className="text-lg font-semibold">Digishare Composer</h1>
      </header>
      <main className="grid flex-1 gap-6 p-6 lg:grid-cols-[minmax(0,1fr)_420px]">
        <section aria-label="Editor" className="rounded-lg bg-white p-4 shadow-sm" />
        <section aria-label="Phone preview" className="rounded-lg bg-white p-4 shadow-sm" />
      </main>
    </div>
  );
}
