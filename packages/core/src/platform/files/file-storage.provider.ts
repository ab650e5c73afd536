import type { Provider } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../config.js';
import { FILE_STORAGE } from './file-storage.js';
import { LocalFolderStorage } from './local-folder-storage.js';

/** The default FileStorage: the local folder FILES_DIR (config.filesDir). */
export const FILE_STORAGE_PROVIDER: Provider = {
  provide: FILE_STORAGE,
  useFactory: (config: AppConfig) => new LocalFolderStorage(config.filesDir),
  inject: [APP_CONFIG],
};
