// atob's two errors as Node 20 words them: padding, characters outside the alphabet, and a one-character remainder.
const { atob, btoa } = require("buffer");
for (const s of ['+=','a=','ab=','abc=','=','==','a==','ab==','+/=','+/==','+/+=','a=b','YQ=a','Y=Q', 'abcde', 'abcde=', 'abcde==', 'abcd=', 'abcd==', 'abc==', 'ab===', '=a', 'a===', 'abcdef=']) { try { console.log(JSON.stringify(s), JSON.stringify(atob(s))) } catch(e) { console.log(JSON.stringify(s), e.message) } }
// (no constructor name: Bellard has no DOMException, an Error stands in)
const t = (f) => { try { return JSON.stringify(f()); } catch (e) { return `${e.code} ${e.name} ${e.message} ${e instanceof Error}`; } };
for (const f of [() => atob(), () => btoa(), () => atob(undefined), () => btoa(undefined), () => atob('+='), () => atob('a'), () => atob('ab=c'), () => atob('YQ'), () => atob(' Y Q = = '), () => atob('YQ=='), () => atob('Y===='), () => btoa('\u0100'), () => btoa('ÿ'), () => atob(null), () => btoa(null), () => atob(1), () => atob('*'), () => atob('YQ==='), () => atob('\u00a0YQ')]) console.log(t(f));
