import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { Bootstrap } from './app/Bootstrap';
import { AppProviders } from './app/providers';
import { createQueryClient } from './app/query-client';
import { initI18n } from './lib/i18n';
import './styles.css';

initI18n();
const queryClient = createQueryClient();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <AppProviders queryClient={queryClient}>
      <Bootstrap />
    </AppProviders>
  </StrictMode>,
);
