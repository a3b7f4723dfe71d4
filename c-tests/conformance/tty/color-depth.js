'use strict';
// WriteStream#getColorDepth and hasColors as Node decides them, for environments
// passed in: FORCE_COLOR, NO_COLOR/NODE_DISABLE_COLORS, TERM=dumb, TMUX, CI names,
// TeamCity versions, TERM_PROGRAM(+_VERSION), COLORTERM and TERM names; hasColors'
// argument checks. (Prototype methods, so no terminal is needed.)
const tty = require('tty');
const w = Object.create(tty.WriteStream.prototype);
const cases = [
  {}, { TERM: 'dumb' }, { TERM: 'xterm' }, { TERM: 'xterm-256color' }, { TERM: 'screen' }, { TERM: 'screen-256color' }, { TERM: 'linux' }, { TERM: 'vt100' }, { TERM: 'vt220' }, { TERM: 'rxvt' }, { TERM: 'rxvt-unicode' }, { TERM: 'ansi' }, { TERM: 'cygwin' }, { TERM: 'konsole' }, { TERM: 'eterm' }, { TERM: 'Eterm' }, { TERM: 'xterm-kitty' }, { TERM: 'xterm-truecolor' }, { TERM: 'xterm-direct' }, { TERM: 'st' }, { TERM: 'st-256color' }, { TERM: 'alacritty' }, { TERM: 'tmux' }, { TERM: 'tmux-256color' }, { TERM: 'putty' }, { TERM: 'color' }, { TERM: 'foo-color' }, { TERM: 'mosh' }, { TERM: 'kterm' }, { TERM: 'gnome' }, { TERM: 'hurd' }, { TERM: 'jfbterm' }, { TERM: 'terminator' }, { TERM: 'console' }, { TERM: 'fbterm' }, { TERM: 'netbsd' }, { TERM: 'openbsd' }, { TERM: 'rxvt-256color' }, { TERM: 'xterm-color' }, { TERM: 'xterm-16color' }, { TERM: 'screen.xterm-256color' }, { TERM: 'unknown' }, { TERM: '' },
  { COLORTERM: 'truecolor' }, { COLORTERM: '24bit' }, { COLORTERM: 'yes' }, { COLORTERM: '' }, { TERM: 'dumb', COLORTERM: 'truecolor' },
  { TMUX: '1' }, { TMUX: '' }, { CI: '1' }, { CI: '1', TRAVIS: '1' }, { CI: '1', GITHUB_ACTIONS: '1' }, { CI: '1', GITLAB_CI: '1' }, { CI: '1', CIRCLECI: '1' }, { CI: '1', APPVEYOR: '1' }, { CI: '1', BUILDKITE: '1' }, { CI: '1', DRONE: '1' }, { CI: '1', CI_NAME: 'codeship' }, { CI: '1', GITEA_ACTIONS: '1' }, { GITHUB_ACTIONS: '1' }, { TRAVIS: '1' },
  { TEAMCITY_VERSION: '9.1' }, { TEAMCITY_VERSION: '9.0' }, { TEAMCITY_VERSION: '10.0' }, { TEAMCITY_VERSION: '8.5' }, { TEAMCITY_VERSION: 'x' },
  { TERM_PROGRAM: 'iTerm.app' }, { TERM_PROGRAM: 'iTerm.app', TERM_PROGRAM_VERSION: '3.0.0' }, { TERM_PROGRAM: 'iTerm.app', TERM_PROGRAM_VERSION: '2.9' }, { TERM_PROGRAM: 'Apple_Terminal' }, { TERM_PROGRAM: 'HyperTerm' }, { TERM_PROGRAM: 'Hyper' }, { TERM_PROGRAM: 'MacTerm' }, { TERM_PROGRAM: 'vscode' },
  { FORCE_COLOR: '' }, { FORCE_COLOR: '0' }, { FORCE_COLOR: '1' }, { FORCE_COLOR: '2' }, { FORCE_COLOR: '3' }, { FORCE_COLOR: '4' }, { FORCE_COLOR: 'true' }, { FORCE_COLOR: 'false' }, { FORCE_COLOR: 'x' }, { FORCE_COLOR: 0 }, { FORCE_COLOR: 1 },
  { NO_COLOR: '' }, { NO_COLOR: '1' }, { NODE_DISABLE_COLORS: '' }, { NODE_DISABLE_COLORS: '1' }, { NO_COLOR: '1', FORCE_COLOR: '3' }, { NODE_DISABLE_COLORS: '1', FORCE_COLOR: '2' }, { TERM: 'dumb', FORCE_COLOR: '2' },
  { TERM: 'xterm-256color', NO_COLOR: '1' }, { TERM: 'xterm-256color', CI: '1' }, { TERM: 'dumb', TMUX: '1' }, { TERM: 'xterm', COLORTERM: 'truecolor' }, { TERM: 'xterm', TERM_PROGRAM: 'iTerm.app', TERM_PROGRAM_VERSION: '3.1' },
  { TERM: 'xterm-256color', TEAMCITY_VERSION: '9.1' }, { COLORTERM: 'truecolor', TEAMCITY_VERSION: '9.1' }, { CI: '1', TERM: 'xterm-256color' }, { CI: '', TRAVIS: '1' },
];
for (const env of cases) {
  let r;
  try { r = w.getColorDepth(env); } catch (e) { r = e.code; }
  const h = [w.hasColors(env), w.hasColors(16, env), w.hasColors(256, env), w.hasColors(2 ** 24, env)];
  console.log(JSON.stringify(env), r, h.join(','));
}
for (const a of [[], [2], [17], [0], [1]]) { try { console.log(JSON.stringify(a), w.hasColors(...a, {})); } catch (e) { console.log(JSON.stringify(a), e.code, e.message); } }
for (const a of [['x'], [-1], [1.5], [null]]) { try { console.log(JSON.stringify(a), w.hasColors(...a)); } catch (e) { console.log(JSON.stringify(a), e.code, e.message); } }
try { w.getColorDepth(5) } catch (e) { console.log(e.code) }
const terms = ['xansi', 'ansix', 'mycolor', 'colorx', 'COLOR', 'xlinux', 'linuxx', 'LINUX', 'con80x25', 'con132x43', 'conx1', 'con1x', 'cons25', 'cons', 'xcon80x25', 'rxvtx', 'xrxvt', 'screenx', 'xscreen', 'xtermx', 'xxterm', 'Xterm', 'XTERM', 'vt1000', 'xvt100', 'VT100', 'dtterm', 'mlterm', 'rxvt-unicode-24bit', 'eterm-color', 'ETERM', 'eTerm', 'Eterm-color', 'st-16color', 'MOSH', 'Terminator', 'KONSOLE', 'Konsole', 'PUTTY', 'xterm-256Color', 'XTERM-256COLOR', 'xterm-256colorx', 'xterm-256', 'vt102', 'vt', 'ms-terminal', 'wezterm', 'foot', 'contour', 'iterm', 'linux-16color', 'dvtm', 'dvtm-256color', 'tmux-direct', 'cygwinx', 'ansi.sys', 'pcansi', 'sun-color', 'emu', 'emacs', 'xterm.js', 'gnome-256color', 'kitty', 'hterm', 'mintty', 'nsterm'];
for (const TERM of terms) console.log(TERM, w.getColorDepth({ TERM }));
const tv = ['9', '9.1', '9.1.0', '9.1.1', '9.0.5', '9.2.0', '9.10.0', '9.01.0', '10', '10.', '10.0', '99.1', '8.9.9', '1.0', '09.1.0', ' 9.1.0', 'x9.1.0'];
for (const TEAMCITY_VERSION of tv) console.log('tc', JSON.stringify(TEAMCITY_VERSION), w.getColorDepth({ TEAMCITY_VERSION }));
const iv = ['3', '3.0', '3.0.0', '3.1', '4', '2', '2.99', '10', '03', 'x', '', '3x', '-3'];
for (const v of iv) console.log('iterm', JSON.stringify(v), w.getColorDepth({ TERM_PROGRAM: 'iTerm.app', TERM_PROGRAM_VERSION: v }));
const fc = [['x', 'xterm-256color'], ['4', 'xterm-256color'], ['', 'dumb'], ['0', 'xterm-256color'], [' 2', 'xterm'], ['2 ', 'xterm'], ['TRUE', 'xterm'], ['False', 'xterm-256color']];
for (const [FORCE_COLOR, TERM] of fc) console.log('fc', JSON.stringify(FORCE_COLOR), TERM, w.getColorDepth({ FORCE_COLOR, TERM }));
const more = [{ TMUX: '1', COLORTERM: 'truecolor' }, { TMUX: '1', TERM: 'xterm-256color' }, { TMUX: '1', CI: '1' }, { TMUX: '1', TEAMCITY_VERSION: '10.0' }, { CI: '1', TEAMCITY_VERSION: '10.0' }, { CI: '1', COLORTERM: 'truecolor' }, { TERM_PROGRAM: 'iTerm.app', COLORTERM: 'truecolor' }, { TERM_PROGRAM: 'Apple_Terminal', TERM: 'xterm-256color' }, { TERM_PROGRAM: 'MacTerm', TERM: 'dumb' }, { COLORTERM: 'truecolor', TERM: 'xterm-256color' }, { TERM_PROGRAM: 'iTerm.app', TERM: 'xterm' }, { TERM: 'xterm', COLORTERM: 'yes', TERM_PROGRAM: 'HyperTerm' }, { TERM: 'xterm-256color', COLORTERM: 'yes' }, { TMUX: '1', TERM_PROGRAM: 'MacTerm' }, { CI: '1', TERM_PROGRAM: 'MacTerm' }, { TERM: 'dumb', CI: '1', TRAVIS: '1' }, { TERM: 'dumb', TERM_PROGRAM: 'MacTerm' }, { TEAMCITY_VERSION: '10.0', TERM: 'dumb' }, { CI: '1', TRAVIS: '' }, { CI: '1', CI_NAME: 'Codeship' }, { CI: '1', CI_NAME: 'x' }, { CI: '0' }, { CI: 'false', TRAVIS: '1' }, { TMUX: '0' }, { NO_COLOR: 'x', TERM: 'xterm' }, { NODE_DISABLE_COLORS: '0', TERM: 'xterm' }];
for (const env of more) console.log(JSON.stringify(env), w.getColorDepth(env));
console.log(w.getColorDepth.length, w.hasColors.length, typeof w.getColorDepth());
for (const env of [{ TERM_PROGRAM: 'vscode', TERM: 'xterm-256color' }, { TERM_PROGRAM: 'vscode', COLORTERM: 'truecolor' }, { TERM_PROGRAM: 'Apple_Terminal', COLORTERM: 'truecolor' }])
  console.log(JSON.stringify(env), w.getColorDepth(env));
for (const n of ['TEAMCITY', 'JENKINS_URL', 'BITBUCKET_BUILD_NUMBER', 'SEMAPHORE', 'BUILD_NUMBER', 'TF_BUILD', 'HEROKU_TEST_RUN_ID', 'NETLIFY', 'VERCEL', 'CIRRUS_CI', 'WOODPECKER', 'GITHUB_WORKFLOW', 'CI_COMMIT_SHA', 'TASKCLUSTER_ROOT_URL', 'CODEBUILD_BUILD_ID', 'APPCENTER', 'BUDDY', 'NOW_BUILDER', 'RENDER', 'TEAMCITY_VERSION'])
  console.log('ci', n, w.getColorDepth({ CI: '1', [n]: '1' }));
console.log(w.hasColors({ TERM: 'xterm-256color' }), w.hasColors(256, { TERM: 'xterm-256color' }), w.hasColors(257, { TERM: 'xterm-256color' }), w.hasColors(2 ** 53 - 1, { FORCE_COLOR: '3' }));
for (const a of [[undefined, {}], [2 ** 53, {}], [Infinity, {}], [NaN, {}], [2n, {}], ['16', {}]]) { try { console.log(String(a[0]), w.hasColors(...a)); } catch (e) { console.log(String(a[0]), e.code, e.message); } }
try { console.log(w.getColorDepth({ __proto__: { TERM: 'xterm' } })) } catch (e) { console.log(e.code) }
