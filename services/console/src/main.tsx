import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '@govbr-ds/core/dist/core-lite.min.css';
import './styles.css';
import { App } from './app';

const root = document.getElementById('root');
if (root)
  createRoot(root).render(
    <StrictMode>
      <a
        className="skip-link"
        href="#main"
        onClick={(e) => (e.preventDefault(), document.getElementById('main')?.focus())}
      >
        Ir para o conteúdo
      </a>
      <App />
    </StrictMode>,
  );
