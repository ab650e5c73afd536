export { ImportWizard, type ImportJob, type ImportJobMessage, type ImportJobStatus, type ImportMode, type ImportRow, type ImportWizardProps } from './import-wizard';
export { importWizardEn, importWizardZhCN } from './i18n';
