import { createContext, useContext } from 'react';
import type { AdminPlugin } from '@schoolbridge/ui';

export interface ShellModules {
  /** Always-on core modules (dashboard, figures, …). */
  coreModules: readonly AdminPlugin[];
  /** The installed plugins (`adminPlugins`); only those the API has enabled are shown. */
  plugins: readonly AdminPlugin[];
}

export const ShellContext = createContext<ShellModules>({ coreModules: [], plugins: [] });

export function useShellModules(): ShellModules {
  return useContext(ShellContext);
}
