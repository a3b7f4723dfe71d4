// The ES module form: named and default exports are the CommonJS ones.
import { StringDecoder } from 'node:string_decoder';
import sd from 'string_decoder';
import * as ns from 'node:string_decoder';
console.log(StringDecoder === sd.StringDecoder, Object.keys(ns).sort(), new StringDecoder('hex').write(Uint8Array.of(1, 254)));
