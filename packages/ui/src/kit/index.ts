/** The admin kit: what list, detail, form and print pages are built from (docs/ui-kit.md). */
export * from './problem';
export * from './format';
export { Count, DateText, Money, Percent, TermText, useKitLocale } from './format-components';
export { kitMessages, kitMessagesEn, kitMessagesZhCN, type KitMessages } from './i18n';
export { StatusTag, TONE_COLORS, defineStatusMap, type StatusDef, type StatusMap, type StatusTagProps, type StatusTone } from './status-tag';
export { EmptyState, type EmptyStateAction, type EmptyStateProps } from './empty-state';
export { CardSkeleton, PageSkeleton, TableSkeleton } from './skeletons';
export * from './data-table';
export * from './form';
export { DetailLayout, type BreadcrumbEntry, type DetailFact, type DetailLayoutProps, type DetailTab } from './detail-layout';
export { byPinyin, comparePinyin, matchesPinyin, normalizeQuery, pinyinFilterOption, pinyinSortKey } from './pinyin';
export { PinyinSearchInput, PinyinSelect, type PinyinOption, type PinyinSearchInputProps } from './pinyin-search';
export { PrintLayout, type PrintLayoutProps, type SignatureParty } from './print-layout';
export * from './import-wizard';
