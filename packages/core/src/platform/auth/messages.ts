import { registerProblemMessages } from '../errors/messages.js';

registerProblemMessages({
  'auth.invalidCredentials': { 'zh-CN': '用户名或密码不正确', en: 'Wrong username or password' },
  'auth.locked': { 'zh-CN': '密码错误次数过多，账户已锁定，请 {minutes} 分钟后再试或联系管理员', en: 'Too many wrong passwords: the account is locked; try again in {minutes} minutes or ask an administrator' },
  'auth.disabled': { 'zh-CN': '该账户已停用，请联系管理员', en: 'This account is disabled; ask an administrator' },
  'auth.rateLimited': { 'zh-CN': '登录尝试过于频繁，请 {seconds} 秒后再试', en: 'Too many sign-in attempts; try again in {seconds} seconds' },
  'auth.sessionExpired': { 'zh-CN': '登录已过期，请重新登录', en: 'Your session has expired; please sign in again' },
  'auth.invalidToken': { 'zh-CN': 'API 令牌无效、已过期或已撤销', en: 'The API token is not valid, has expired or was revoked' },
  'auth.csrf': { 'zh-CN': '请求缺少有效的安全校验（CSRF），请刷新页面后重试', en: 'The request lacks a valid CSRF token; reload the page and try again' },
  'auth.passwordChangeRequired': { 'zh-CN': '请先修改密码后再继续', en: 'Change your password before you go on' },
  'auth.password.tooShort': { 'zh-CN': '密码至少 8 位', en: 'The password needs at least 8 characters' },
  'auth.password.tooLong': { 'zh-CN': '密码最多 128 位', en: 'The password may have at most 128 characters' },
  'auth.password.lettersAndDigits': { 'zh-CN': '密码需同时包含字母和数字', en: 'The password needs both letters and digits' },
  'auth.password.containsUsername': { 'zh-CN': '密码不能包含用户名', en: 'The password must not contain the username' },
  'auth.password.wrongCurrent': { 'zh-CN': '当前密码不正确', en: 'The current password is wrong' },
  'auth.password.rateLimited': { 'zh-CN': '修改密码尝试过于频繁，请 {seconds} 秒后再试', en: 'Too many password change attempts; try again in {seconds} seconds' },
  'auth.password.sameAsCurrent': { 'zh-CN': '新密码不能与当前密码相同', en: 'The new password must differ from the current one' },
  'auth.username.invalid': { 'zh-CN': '用户名只能使用小写字母、数字和 . _ -，2–64 位', en: 'Usernames use lower-case letters, digits and . _ -, 2–64 characters' },
  'access.role.unknown': { 'zh-CN': '没有这个角色', en: 'No such role' },
  'access.scope.notForRole': { 'zh-CN': '该角色不能按此范围授权', en: 'This role cannot be given this kind of scope' },
  'access.scope.unknownRegion': { 'zh-CN': '找不到该地区', en: 'No such region' },
  'access.scope.unknownOrganisation': { 'zh-CN': '找不到该单位', en: 'No such organisation' },
});
