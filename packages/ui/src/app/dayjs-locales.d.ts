// dayjs ships its locales without type declarations; they are imported for their side effect.
declare module 'dayjs/locale/zh-cn';
declare module 'dayjs/locale/en';
