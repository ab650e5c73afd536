export { ApiForm, type ApiFormProps } from './api-form';
export { useUnsavedChangesPrompt } from './unsaved-changes';
