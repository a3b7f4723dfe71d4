// buffer.transcode as Node's ICU does it: a character a single-byte target
// cannot hold becomes '?', except default-ignorable code points (BOM, ZWSP,
// soft hyphen in ASCII, variation selectors, tags...), which are dropped; a
// lone UTF-16 byte is U_INVALID_CHAR_FOUND towards UTF-8 and dropped
// elsewhere; lone surrogates are refused towards UTF-8.
'use strict';
const { transcode } = require('buffer');
const t = (hex, from, to) => {
  let r;
  try {
    r = transcode(Buffer.from(hex, 'hex'), from, to).toString('hex');
  } catch (e) {
    r = `${e.code} ${e.errno} ${e.message}`;
  }
  console.log(from, to, hex, '->', r);
};
for (const to of ['latin1', 'ascii', 'binary']) {
  t('61ad62', 'latin1', to);
  t('efbbbf61', 'utf8', to);
  t('61efbbbf62', 'utf8', to);
  t('fffe6100', 'ucs2', to);
  t('6100feff6200', 'utf16le', to);
  t('e2808b41', 'utf8', to);
  t('f3a0808141', 'utf8', to);
  t('e281a0', 'utf8', to);
  t('e282ac', 'utf8', to);
  t('00d8', 'ucs2', to);
  t('61', 'ucs2', to);
  t('610062', 'ucs2', to);
}
for (const hex of ['61', 'c3', '610062', '00d8', '3dd800de', 'fffe']) t(hex, 'ucs2', 'utf8');
for (const hex of ['61', '610062']) t(hex, 'ucs2', 'ucs2');
t('c3a9', 'utf8', 'hex');
t('c3a9', 'base64', 'utf8');
