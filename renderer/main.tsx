import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App.tsx';
import { startFirstScreenCalls } from './app/first-screen-calls.ts';
import './styles.css';

// The core answers these while React and ag-grid set up the first screen (#19).
startFirstScreenCalls();
createRoot(document.getElementById('root')!).render(<StrictMode><App /></StrictMode>);
