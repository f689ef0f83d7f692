//! Decompressors that packed payloads run on literals: `zlib`, `gzip`, `bz2`, `lzma`.
//!
//! `exec(zlib.decompress(base64.b64decode("...")))` is how packed droppers and obfuscated
//! escapes hide their code and names; decompressing the literal lets the rules read them.
//! The input is the file's own literal, but the output is not bounded by it (a few hundred
//! bytes can claim gigabytes), so every decoder stops at [`MAX_DECOMPRESSED`] bytes and a
//! longer result is unknown.

use std::io::{self, Read, Write};

use super::{Const, Shared};
use crate::budget::Budget;

/// Largest result folded: far above any payload's code or names, and small enough that a
/// file full of decompression bombs still lints quickly.
const MAX_DECOMPRESSED: usize = 64 << 10;

/// The argument at `position`, or given by keyword as `name`.
fn argument<'c, 'a>(
    args: &'c [Const<'a>],
    keywords: &[&str],
    position: usize,
    name: &str,
) -> Option<&'c Const<'a>> {
    let positional = args.len().checked_sub(keywords.len())?;
    match keywords.iter().position(|k| *k == name) {
        Some(p) => args.get(positional + p),
        None if position < positional => args.get(position),
        None => None,
    }
}

/// Calls of the standard library's one-shot decompressors with known arguments.
///
/// Each costs the file's budget the most it may build, whatever it gives: setting a decoder
/// up costs as much as a short result, and a file can decompress on thousands of lines (in
/// code it passes to `exec` thousands of times).
pub(super) fn module_call<'a>(
    qualified: &str,
    args: &[Const<'a>],
    keywords: &[&str],
    budget: &Budget,
) -> Option<Const<'a>> {
    let decoder = match qualified {
        "zlib.decompress" => match argument(args, keywords, 1, "wbits") {
            None => Decoder::Zlib { wbits: 15 },
            Some(Const::Int(wbits)) => Decoder::Zlib { wbits: *wbits },
            Some(_) => return None,
        },
        "gzip.decompress" => Decoder::Gzip,
        "bz2.decompress" => Decoder::Bz2,
        "lzma.decompress" if argument(args, keywords, 1, "format").is_none() => Decoder::Lzma,
        _ => return None,
    };
    let data = match argument(args, keywords, 0, "data")? {
        Const::Bytes(b) => b.as_ref(),
        _ => return None,
    };
    if !budget.fold(MAX_DECOMPRESSED) {
        return None;
    }
    let out = match decoder {
        Decoder::Zlib { wbits } => zlib(data, wbits)?,
        Decoder::Gzip => bounded(flate2::read::MultiGzDecoder::new(data))?,
        Decoder::Bz2 => bounded(bzip2::read::MultiBzDecoder::new(data))?,
        Decoder::Lzma => lzma(data)?,
    };
    Some(Const::Bytes(Shared::from(out)))
}

/// A one-shot decompressor and the arguments it was given beyond the data.
enum Decoder {
    Zlib { wbits: i64 },
    Gzip,
    Bz2,
    Lzma,
}

/// `zlib.decompress` by its `wbits`: a zlib stream, raw deflate (negative), gzip (16 +),
/// or either of the first and the third, as the header says (32 +).
fn zlib(data: &[u8], wbits: i64) -> Option<Vec<u8>> {
    let is_gzip = data.starts_with(&[0x1f, 0x8b]);
    match wbits {
        0 | 8..=15 => bounded(flate2::read::ZlibDecoder::new(data)),
        -15..=-8 => bounded(flate2::read::DeflateDecoder::new(data)),
        24..=31 => bounded(flate2::read::GzDecoder::new(data)),
        40..=47 if is_gzip => bounded(flate2::read::GzDecoder::new(data)),
        40..=47 => bounded(flate2::read::ZlibDecoder::new(data)),
        _ => None,
    }
}

/// `lzma.decompress` with its default format: an .xz stream, or the older .lzma one.
///
/// lzma-rs decodes a whole .xz block in memory before writing any of it, so the block's
/// size is read off its chunk headers first; an .lzma stream's buffer is held to the limit.
fn lzma(data: &[u8]) -> Option<Vec<u8>> {
    let mut out = Bounded(Vec::new());
    let mut input = data;
    let decoded = if data.starts_with(b"\xfd7zXZ\x00") {
        if xz_unpacked_size(data)? > MAX_DECOMPRESSED {
            return None;
        }
        lzma_rs::xz_decompress(&mut input, &mut out).ok()
    } else {
        let options = lzma_rs::decompress::Options {
            memlimit: Some(MAX_DECOMPRESSED),
            ..Default::default()
        };
        lzma_rs::lzma_decompress_with_options(&mut input, &mut out, &options).ok()
    };
    decoded.map(|()| out.0)
}

/// The bytes the first stream of an .xz file decodes to, as its LZMA2 chunk headers say
/// (the decoder produces exactly what they announce, or fails). Nothing for a stream these
/// headers cannot be read from, or whose blocks chain more than one filter (each filter
/// would decode the previous one's output).
fn xz_unpacked_size(data: &[u8]) -> Option<usize> {
    let byte = |at: usize| data.get(at).copied().map(usize::from);
    let be16 = |at: usize| Some(byte(at)? << 8 | byte(at + 1)?);
    let check_size = match byte(7)? & 0x0f {
        0 => 0,
        1 => 4,
        4 => 8,
        10 => 32,
        _ => return None,
    };
    let mut total: usize = 0;
    let mut at = 12;
    loop {
        let block = at;
        let header = byte(at)?;
        if header == 0 {
            return Some(total);
        }
        if byte(at + 1)? & 0x03 != 0 {
            return None;
        }
        at += (header + 1) * 4;
        loop {
            let control = byte(at)?;
            let (unpacked, next) = match control {
                0x00 => break,
                0x01 | 0x02 => {
                    let size = be16(at + 1)? + 1;
                    (size, at + 3 + size)
                }
                0x80.. => {
                    let unpacked = ((control & 0x1f) << 16 | be16(at + 1)?) + 1;
                    let packed = be16(at + 3)? + 1;
                    let props = usize::from(control >= 0xc0);
                    (unpacked, at + 5 + props + packed)
                }
                _ => return None,
            };
            total = total.saturating_add(unpacked);
            at = next;
        }
        at += 1;
        at += (4 - (at - block) % 4) % 4 + check_size;
    }
}

/// Reads the whole decoded stream, or gives up past [`MAX_DECOMPRESSED`] bytes or on any
/// error (Python would raise).
fn bounded(decoder: impl Read) -> Option<Vec<u8>> {
    let mut out = Vec::new();
    decoder
        .take(MAX_DECOMPRESSED as u64 + 1)
        .read_to_end(&mut out)
        .ok()?;
    (out.len() <= MAX_DECOMPRESSED).then_some(out)
}

/// A sink that refuses to grow past [`MAX_DECOMPRESSED`] bytes, so that a decoder writing
/// into it stops there.
struct Bounded(Vec<u8>);

impl Write for Bounded {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        if self.0.len() + buf.len() > MAX_DECOMPRESSED {
            return Err(io::Error::other(
                "the decompressed data is too long to fold",
            ));
        }
        self.0.extend_from_slice(buf);
        Ok(buf.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const PAYLOAD: &[u8] = b"__import__('os').system('id')";

    /// `PAYLOAD` as CPython 3.11 compresses it.
    const ZLIB: &str = "789c8b8fcfcc2dc82f2a898fd750cf2f56d7d42bae2c2e49cdd550cf4c51d704009d9609d8";
    const RAW_DEFLATE: &str = "8b8fcfcc2dc82f2a898fd750cf2f56d7d42bae2c2e49cdd550cf4c51d70400";
    const GZIP: &str = "1f8b08000000000002038b8fcfcc2dc82f2a898fd750cf2f56d7d42bae2c2e49cdd550cf4c51d70400a26d9f231d000000";
    const BZ2: &str = "425a68393141592653591f33a718000005938000e100008622dc202000314c0000d4668469894ea3b0c1d2d1254ac9a31432f307c5dc914e142407cce9c600";
    const XZ: &str = "fd377a585a000004e6d6b4460200210116000000742fe5a301001c5f5f696d706f72745f5f28276f7327292e73797374656d28276964272900000000bc8c6162f37ce8c80001351d441bb1e11fb6f37d010000000004595a";
    const LZMA_ALONE: &str = "5d00008000ffffffffffffffff002fe1a0da733bd56b2ce3a313d710d9ec45bf1b48278e23209459ec23b05c21fffffc923000";

    /// A mebibyte of zeros as CPython 3.11 compresses it (.xz, then .lzma), and 60,000.
    const XZ_MEBIBYTE: &str = "fd377a585a000004e6d6b4460200210116000000742fe5a3efffff00d95d00006ffdffffa3b7ff473e481572396151b89228e6a38607f9eee41e82d32fc53a3c014bb17ec98a8a4d2fa30dd97fa6e38c231153e05918c5758ae277f8b6947f0c6ac0de744964e2e95c53b204d8f7440cab5f0d6d46e9e5c37688b79657acb64de1691d6ffb4b88106c42cb883f5c008fd04eaf262894711f3d8f24e1709ea7235fec28cb85d195988a7e2a91f22775f719c006984d98fdd8afd5900fc42553f8f591363105a5b0ee6fc1704d470cd19111aaad601dbaceb127185c5986e9665258bee976ac59e4e55b0508f9c7daadfcfb522af7e495250000000000c2f6ba3ea2706b600001f5018080400079977f47b1c467fb020000000004595a";
    const LZMA_ALONE_MEBIBYTE: &str = "5d00008000ffffffffffffffff00006ffdffffa3b7ff473e481572396151b89228e6a38607f9eee41e82d32fc53a3c014bb17ec98a8a4d2fa30dd97fa6e38c231153e05918c5758ae277f8b6947f0c6ac0de744964e2e95c53b204d8f7440cab5f0d6d46e9e5c37688b79657acb64de1691d6ffb4b88106c42cb883f5c008fd04eaf262894711f3d8f24e1709ea7235fec28cb85d195988a7e2a91f22775f719c006984d98fdd8afd5900fc42553f8f591363105a5b0ee6fc1704d470cd19111aaad601dbaceb127185c5986e9665258bee976ac59e4e55b0508f9c7daadfcfb522af7e51cdccfffff82160000";
    const XZ_60000: &str = "fd377a585a000004e6d6b4460200210116000000742fe5a3e0ea5f004b5d00006ffdffffa3b7ff473e481572396151b89228e6a38607f9eee41e82d32fc53a3c014bb17ec98a8a4d2fa30dd97fa6e38c231153e05918c5758ae277f8b6947f0c6ac0de7444c9e985000000002737023bfe22b11b000167e0d403000077bc0055b1c467fb020000000004595a";

    fn hex(text: &str) -> Vec<u8> {
        super::super::codecs::unhex(text).expect("hex")
    }

    fn decompress(
        call: &str,
        data: Vec<u8>,
        rest: &[Const<'static>],
        keywords: &[&str],
    ) -> Option<Vec<u8>> {
        let mut args = vec![Const::Bytes(Shared::from(data))];
        args.extend_from_slice(rest);
        match module_call(call, &args, keywords, &Budget::default())? {
            Const::Bytes(b) => Some(b.to_vec()),
            other => panic!("bytes expected, got {other:?}"),
        }
    }

    #[test]
    fn each_format_python_writes_is_read_back() {
        let cases: [(&str, &str, Vec<Const<'static>>, Vec<&str>); 9] = [
            ("zlib.decompress", ZLIB, vec![], vec![]),
            ("zlib.decompress", ZLIB, vec![Const::Int(0)], vec![]),
            (
                "zlib.decompress",
                RAW_DEFLATE,
                vec![Const::Int(-15)],
                vec![],
            ),
            ("zlib.decompress", GZIP, vec![Const::Int(31)], vec!["wbits"]),
            ("zlib.decompress", GZIP, vec![Const::Int(47)], vec![]),
            ("gzip.decompress", GZIP, vec![], vec![]),
            ("bz2.decompress", BZ2, vec![], vec![]),
            ("lzma.decompress", XZ, vec![], vec![]),
            ("lzma.decompress", LZMA_ALONE, vec![], vec![]),
        ];
        for (call, data, rest, keywords) in cases {
            let got = decompress(call, hex(data), &rest, &keywords);
            assert_eq!(got.as_deref(), Some(PAYLOAD), "{call} {rest:?}");
        }
    }

    /// An .xz stream's size is read off its chunk headers before it is decoded (lzma-rs
    /// holds a whole block in memory: 61 KB of nested .xz decoded to 400 MB).
    #[test]
    fn xz_sizes_are_read_before_decoding() {
        assert_eq!(xz_unpacked_size(&hex(XZ)), Some(PAYLOAD.len()));
        assert_eq!(xz_unpacked_size(&hex(XZ_MEBIBYTE)), Some(1 << 20));
        assert_eq!(xz_unpacked_size(&hex(XZ_60000)), Some(60_000));
        assert_eq!(
            decompress("lzma.decompress", hex(XZ_60000), &[], &[]),
            Some(vec![0; 60_000])
        );
        let mut cut = hex(XZ_MEBIBYTE);
        cut.truncate(40);
        assert_eq!(xz_unpacked_size(&cut), None);
    }

    /// Each call costs the decoder's worst case, so a file decompresses about a thousand
    /// times at most, however short the results.
    #[test]
    fn decompressions_are_counted_at_their_worst() {
        let budget = Budget::default();
        let args = [Const::Bytes(Shared::from(hex(ZLIB)))];
        let calls = std::iter::repeat_with(|| module_call("zlib.decompress", &args, &[], &budget))
            .take_while(Option::is_some)
            .take(10_000)
            .count();
        assert_eq!(calls, crate::budget::FOLDED_BYTES / MAX_DECOMPRESSED);
    }

    #[test]
    fn a_bomb_or_a_broken_stream_is_unknown() {
        let zeros = vec![0u8; MAX_DECOMPRESSED + 1];
        let mut encoder = flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::best());
        encoder.write_all(&zeros).unwrap();
        let bomb = encoder.finish().unwrap();
        assert!(bomb.len() < 1024);
        assert_eq!(decompress("zlib.decompress", bomb, &[], &[]), None);
        let mut xz_bomb = Vec::new();
        lzma_rs::xz_compress(&mut zeros.as_slice(), &mut xz_bomb).unwrap();
        assert_eq!(decompress("lzma.decompress", xz_bomb, &[], &[]), None);
        for bomb in [XZ_MEBIBYTE, LZMA_ALONE_MEBIBYTE] {
            assert_eq!(decompress("lzma.decompress", hex(bomb), &[], &[]), None);
        }
        let mut cut = hex(ZLIB);
        cut.truncate(cut.len() - 3);
        assert_eq!(decompress("zlib.decompress", cut, &[], &[]), None);
        assert_eq!(
            decompress("bz2.decompress", b"not bz2".to_vec(), &[], &[]),
            None
        );
        assert_eq!(decompress("gzip.decompress", hex(ZLIB), &[], &[]), None);
    }

    #[test]
    fn arguments_it_cannot_read_leave_the_call_unknown() {
        let data = hex(ZLIB);
        assert_eq!(
            decompress(
                "zlib.decompress",
                data.clone(),
                &[Const::Str("15".into())],
                &[]
            ),
            None
        );
        assert_eq!(
            decompress("zlib.decompress", data, &[Const::Int(99)], &[]),
            None
        );
        assert_eq!(
            decompress("lzma.decompress", hex(XZ), &[Const::Int(1)], &["format"]),
            None
        );
        assert_eq!(
            module_call(
                "zlib.decompress",
                &[Const::Str("x".into())],
                &[],
                &Budget::default()
            ),
            None
        );
    }
}
