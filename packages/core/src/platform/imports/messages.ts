import { registerProblemMessages } from '../errors/messages.js';

/** The import engine's codes: problems, job failures, row errors and warnings (zh-CN first). */
registerProblemMessages({
  'import.unknownImporter': { 'zh-CN': '没有这种导入', en: 'No such import' },
  'import.unsupportedFileType': { 'zh-CN': '请上传 .xlsx 或 .csv 文件（旧版 .xls 请先在 Excel 中另存为 .xlsx）', en: 'Upload an .xlsx or .csv file (save an old .xls as .xlsx in Excel first)' },
  'import.unreadableFile': { 'zh-CN': '无法读取该文件：不是有效的 Excel（.xlsx）或 CSV 文件，或文件已损坏', en: 'The file cannot be read: it is not a valid Excel (.xlsx) or CSV file, or it is damaged' },
  'import.tooManyRows': { 'zh-CN': '文件行数太多，一次最多导入 {max} 行，请拆分后分批导入', en: 'The file has too many rows; at most {max} rows can be imported at once, so split it' },
  'import.missingColumns': { 'zh-CN': '文件缺少必需的列：{columns}（请使用导入模板，表头须在前 20 行内）', en: 'The file lacks required columns: {columns} (use the template; the header must be within the first 20 rows)' },
  'import.noRows': { 'zh-CN': '表头下面没有数据行', en: 'There are no data rows under the header' },
  'import.failedUnexpectedly': { 'zh-CN': '处理文件时服务器出错了，请稍后重新上传；如果问题持续，请联系管理员', en: 'The server failed while reading the file; upload it again later, and tell the administrator if it persists' },
  'import.interrupted': { 'zh-CN': '导入在处理时被中断（服务重启），请重新上传文件', en: 'The import was interrupted (the server restarted); upload the file again' },
  'import.unknownColumns': { 'zh-CN': '以下列不认识，已忽略：{columns}', en: 'These columns are not recognised and were ignored: {columns}' },
  'import.notesIgnored': { 'zh-CN': '表格末尾的 {count} 行说明文字已忽略', en: '{count} note rows at the end of the table were ignored' },
  'import.numberPrecisionLost': {
    'zh-CN': '该单元格是数字格式，Excel 只保留 15 位有效数字，后几位已变成 0；请把该列设为“文本”格式后重新填写',
    en: 'This cell is a number, and Excel keeps only 15 digits, so the last digits became 0; format the column as Text and enter it again',
  },
  'import.duplicateInFile': { 'zh-CN': '与第 {firstRow} 行重复', en: 'Duplicates row {firstRow}' },
  'import.invalidRows': { 'zh-CN': '有 {count} 行数据有误，未导入任何数据；请修改后重新上传，或选择跳过有误的行', en: '{count} rows have errors, so nothing was imported; fix them and upload again, or choose to skip the rows with errors' },
  'import.notReady': { 'zh-CN': '导入尚未准备好（当前状态：{status}）', en: 'The import is not ready (status: {status})' },
  'import.alreadyApplied': { 'zh-CN': '该文件已经导入过了', en: 'This import has already been applied' },
  'import.applyFailed': { 'zh-CN': '导入失败，没有写入任何数据', en: 'The import failed; nothing was written' },
  'export.unsupportedFormat': { 'zh-CN': '导出格式只能是 xlsx 或 csv', en: 'The export format must be xlsx or csv' },
});

/** The template's words. */
export const TEMPLATE_TEXT = {
  instructionsSheet: { 'zh-CN': '填写说明', en: 'Instructions' },
  dataSheet: { 'zh-CN': '数据', en: 'Data' },
  column: { 'zh-CN': '列名', en: 'Column' },
  required: { 'zh-CN': '是否必填', en: 'Required' },
  yes: { 'zh-CN': '必填', en: 'Yes' },
  no: { 'zh-CN': '选填', en: 'No' },
  description: { 'zh-CN': '说明', en: 'Description' },
  example: { 'zh-CN': '示例', en: 'Example' },
  aliases: { 'zh-CN': '也可写作', en: 'Also accepted' },
  note: {
    'zh-CN': '带 * 的列必须填写；第一行示例数据请删除后再导入；身份证号等长数字请保持“文本”格式。',
    en: 'Columns marked * are required; delete the example row before importing; keep long numbers such as ID numbers as Text.',
  },
} as const;
