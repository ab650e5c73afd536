import type { zhCN } from './zh-CN';
import { importWizardEn } from '../import-wizard/i18n';

type Messages<T> = { [K in keyof T]: T[K] extends string ? string : Messages<T[K]> };

/** The kit's interface words in English; the same keys as zh-CN (the type says so). */
export const en: Messages<typeof zhCN> = {
  kit: {
    importWizard: importWizardEn,
    common: {
      close: 'Close',
      loading: 'Loading',
      retry: 'Retry',
      cancel: 'Cancel',
    },
    table: {
      search: 'Search',
      reset: 'Reset',
      filters: 'Search conditions',
      textPlaceholder: 'Enter text',
      selectPlaceholder: 'Select',
      startDate: 'Start date',
      endDate: 'End date',
      total: '{{total}} in total',
      columns: 'Column settings',
      columnsTitle: 'Shown columns',
      columnsReset: 'Restore defaults',
      loadFailed: 'The list could not be loaded',
      loadFailedHint: 'Check the network and select "Retry"; if the problem stays, contact the system administrator.',
      emptyFiltered: 'No records match the search conditions',
      clearFilters: 'Clear search conditions',
      empty: 'No data',
      actions: 'Actions',
      view: 'View',
      edit: 'Edit',
      more: 'More',
      moreFor: 'More actions',
      export: 'Export',
      exportFailed: 'Export failed: {{detail}}',
      sortAscending: 'ascending',
      sortDescending: 'descending',
    },
    form: {
      fieldError: '{{field}}: {{message}}',
      submit: 'Save',
      saved: 'Saved',
      failed: 'Could not save',
      fixFields: 'Correct the following before saving',
      networkError: 'The server cannot be reached. Check the network and try again.',
    },
    unsaved: {
      title: 'Leave this page?',
      content: 'You have unsaved changes. They will be lost if you leave.',
      stay: 'Stay on this page',
      leave: 'Leave',
    },
    detail: {
      breadcrumb: 'You are here',
      facts: 'Details',
    },
    search: {
      placeholder: 'Type a name, its pinyin or initials',
      label: 'Search',
      noMatch: 'No matching options',
    },
    print: {
      print: 'Print',
      number: 'No.: {{number}}',
      signature: 'Signature:',
      stamp: 'Stamp:',
      stampBox: 'Stamp',
      date: 'Date:',
      dateBlank: '',
      sheet: 'Print preview',
    },
    status: {
      unknown: 'Unknown status',
    },
  },
};
