import { registerProblemMessages } from '../errors/messages.js';

registerProblemMessages({
  'files.required': { 'zh-CN': '请选择要上传的文件（表单字段 file）', en: 'Choose a file to upload (form field "file")' },
  'files.empty': { 'zh-CN': '文件是空的', en: 'The file is empty' },
  'files.nameRequired': { 'zh-CN': '文件缺少文件名', en: 'The file has no name' },
  'files.typeNotAllowed': {
    'zh-CN': '不支持该文件类型（或文件内容与扩展名不符）；允许的类型：{allowed}',
    en: 'This type of file is not allowed (or its content does not match its extension); allowed: {allowed}',
  },
  'files.tooLarge': { 'zh-CN': '文件太大，不能超过 {limit}', en: 'The file is too large; the limit is {limit}' },
});
