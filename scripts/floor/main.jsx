// The floor the performance figures are read beside: an app that loads only the runtime stack the composer is
// built on (react, react-dom, react-hook-form, zod, @hookform/resolvers, TanStack Query), with one form whose
// "Message" field is shown as it is typed. Built the way the app is (Vite, its React plugin, production mode) by
// `npm run bench`, which types into both in the same run.
import { zodResolver } from '@hookform/resolvers/zod';
import { QueryClient, QueryClientProvider, useQuery } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { useForm, useWatch } from 'react-hook-form';
import { z } from 'zod';

const schema = z.object({ body: z.string().min(1).max(4096), conversationId: z.string().min(1) });
const client = new QueryClient();

function Preview({ control }) {
  const body = useWatch({ control, name: 'body' });
  return (
    <p aria-label="Preview" style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-all' }}>
      {body}
    </p>
  );
}

function App() {
  const { register, control, handleSubmit } = useForm({
    resolver: zodResolver(schema),
    defaultValues: { body: '', conversationId: '' },
  });
  const ping = useQuery({ queryKey: ['ping'], queryFn: async () => 'ok' });
  return (
    <main>
      <h1>Floor</h1>
      <form onSubmit={handleSubmit(() => {})}>
        <label>
          Message <textarea {...register('body')} rows={8} cols={60} />
        </label>
        <label>
          Conversation <input {...register('conversationId')} />
        </label>
        <button type="submit">Send {ping.data}</button>
      </form>
      <Preview control={control} />
    </main>
  );
}

createRoot(document.getElementById('root')).render(
  <StrictMode>
    <QueryClientProvider client={client}>
      <App />
    </QueryClientProvider>
  </StrictMode>,
);
