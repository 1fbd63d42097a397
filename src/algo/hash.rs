//! CPython 3.11 hash values (64-bit build, `PYTHONHASHSEED=0`, i.e. the
//! SipHash-1-3 key is all zeros).
//!
//! Numeric hashes follow `Python/pyhash.c` / `Objects/longobject.c`:
//! reduction modulo the Mersenne prime 2**61 - 1, so that equal numbers of
//! different types hash equally.

use num_bigint::{BigInt, Sign};

/// Number of bits in the numeric hash modulus.
pub const HASH_BITS: u32 = 61;
/// The numeric hash modulus, 2**61 - 1.
pub const HASH_MODULUS: u64 = (1u64 << HASH_BITS) - 1;
/// hash(float('inf')).
pub const HASH_INF: i64 = 314159;
/// Multiplier for the imaginary part in complex hashes.
pub const HASH_IMAG: u64 = 1000003;

fn fix_minus_one(x: i64) -> i64 {
    if x == -1 { -2 } else { x }
}

/// hash(i) for a machine integer.
pub fn hash_i64(i: i64) -> i64 {
    let a = i.unsigned_abs() % HASH_MODULUS;
    let x = if i < 0 { -(a as i64) } else { a as i64 };
    fix_minus_one(x)
}

/// hash(n) for an arbitrary-precision integer.
pub fn hash_bigint(n: &BigInt) -> i64 {
    let (sign, digits) = n.to_u64_digits();
    // Horner's scheme over 64-bit limbs (most significant first), mod 2**61-1.
    // 2**64 = 2**3 * 2**61 == 8 (mod P).
    let mut x: u128 = 0;
    for &d in digits.iter().rev() {
        x = (x * 8 + (d % HASH_MODULUS) as u128) % HASH_MODULUS as u128;
    }
    let a = x as i64;
    let v = if sign == Sign::Minus { -a } else { a };
    fix_minus_one(v)
}

/// hash(x) for a float; `None` for NaN (CPython 3.11 hashes NaN by object
/// identity, so the caller must use the object's identity hash).
pub fn hash_f64(v: f64) -> Option<i64> {
    if v.is_nan() {
        return None;
    }
    if v.is_infinite() {
        return Some(if v > 0.0 { HASH_INF } else { -HASH_INF });
    }
    if v == 0.0 {
        return Some(0);
    }
    // v = sign * mant * 2**exp with integer mant (53 bits at most).
    let bits = v.to_bits();
    let negative = (bits >> 63) != 0;
    let biased = ((bits >> 52) & 0x7ff) as i64;
    let frac = bits & ((1u64 << 52) - 1);
    let (mant, exp) = if biased == 0 {
        (frac, -1074i64)
    } else {
        (frac | (1u64 << 52), biased - 1075)
    };
    let m = mant % HASH_MODULUS;
    // 2**61 == 1 (mod P), so 2**exp == 2**(exp mod 61).
    let e = exp.rem_euclid(HASH_BITS as i64) as u32;
    let x = if e == 0 {
        m
    } else {
        ((m << e) & HASH_MODULUS) | (m >> (HASH_BITS - e))
    };
    let x = x % HASH_MODULUS;
    let r = if negative { -(x as i64) } else { x as i64 };
    Some(fix_minus_one(r))
}

/// hash(complex(re, im)); `None` if either part is NaN (identity hash).
pub fn hash_complex(re: f64, im: f64) -> Option<i64> {
    let hr = hash_f64(re)? as u64;
    let hi = hash_f64(im)? as u64;
    let combined = hr.wrapping_add(HASH_IMAG.wrapping_mul(hi)) as i64;
    Some(fix_minus_one(combined))
}

#[inline]
fn sip_round(v0: &mut u64, v1: &mut u64, v2: &mut u64, v3: &mut u64) {
    *v0 = v0.wrapping_add(*v1);
    *v2 = v2.wrapping_add(*v3);
    *v1 = v1.rotate_left(13) ^ *v0;
    *v3 = v3.rotate_left(16) ^ *v2;
    *v0 = v0.rotate_left(32);
    *v2 = v2.wrapping_add(*v1);
    *v0 = v0.wrapping_add(*v3);
    *v1 = v1.rotate_left(17) ^ *v2;
    *v3 = v3.rotate_left(21) ^ *v0;
    *v2 = v2.rotate_left(32);
}

/// SipHash-1-3 as implemented in CPython's `Python/pyhash.c`.
pub fn siphash13(k0: u64, k1: u64, data: &[u8]) -> u64 {
    let mut b: u64 = (data.len() as u64) << 56;
    let mut v0 = k0 ^ 0x736f6d6570736575;
    let mut v1 = k1 ^ 0x646f72616e646f6d;
    let mut v2 = k0 ^ 0x6c7967656e657261;
    let mut v3 = k1 ^ 0x7465646279746573;
    let mut chunks = data.chunks_exact(8);
    for chunk in &mut chunks {
        let mut buf = [0u8; 8];
        buf.copy_from_slice(chunk);
        let mi = u64::from_le_bytes(buf);
        v3 ^= mi;
        sip_round(&mut v0, &mut v1, &mut v2, &mut v3);
        v0 ^= mi;
    }
    let rest = chunks.remainder();
    let mut buf = [0u8; 8];
    buf[..rest.len()].copy_from_slice(rest);
    b |= u64::from_le_bytes(buf);
    v3 ^= b;
    sip_round(&mut v0, &mut v1, &mut v2, &mut v3);
    v0 ^= b;
    v2 ^= 0xff;
    sip_round(&mut v0, &mut v1, &mut v2, &mut v3);
    sip_round(&mut v0, &mut v1, &mut v2, &mut v3);
    sip_round(&mut v0, &mut v1, &mut v2, &mut v3);
    (v0 ^ v1) ^ (v2 ^ v3)
}

/// hash(b) for bytes / bytearray-content (hash of bytes objects).
pub fn hash_bytes(b: &[u8]) -> i64 {
    if b.is_empty() {
        return 0;
    }
    fix_minus_one(siphash13(0, 0, b) as i64)
}

/// hash(s) for a str, computed over CPython's internal representation
/// (latin-1 / UCS-2 / UCS-4, little-endian).
pub fn hash_str(s: &str) -> i64 {
    if s.is_empty() {
        return 0;
    }
    let max = s.chars().map(|c| c as u32).max().unwrap_or(0);
    let data: Vec<u8> = if max < 0x100 {
        s.chars().map(|c| c as u32 as u8).collect()
    } else if max < 0x10000 {
        s.chars()
            .flat_map(|c| (c as u32 as u16).to_le_bytes())
            .collect()
    } else {
        s.chars().flat_map(|c| (c as u32).to_le_bytes()).collect()
    };
    fix_minus_one(siphash13(0, 0, &data) as i64)
}

const XXPRIME_1: u64 = 11400714785074694791;
const XXPRIME_2: u64 = 14029467366897019727;
const XXPRIME_5: u64 = 2870177450012600261;

/// hash(tuple) given the hashes of the items (3.11's xxHash-based tuplehash).
/// `len` must be the number of items.
pub fn hash_tuple(items: impl IntoIterator<Item = i64>, len: usize) -> i64 {
    let mut acc = XXPRIME_5;
    for h in items {
        let lane = h as u64;
        acc = acc.wrapping_add(lane.wrapping_mul(XXPRIME_2));
        acc = acc.rotate_left(31);
        acc = acc.wrapping_mul(XXPRIME_1);
    }
    acc = acc.wrapping_add((len as u64) ^ (XXPRIME_5 ^ 3527539));
    if acc == u64::MAX {
        return 1546275796;
    }
    acc as i64
}

fn shuffle_bits(h: u64) -> u64 {
    ((h ^ 89869747) ^ (h << 16)).wrapping_mul(3644798167)
}

/// hash(frozenset) given the hashes of the (distinct) elements, in any order.
pub fn hash_frozenset(items: impl IntoIterator<Item = i64>) -> i64 {
    let mut hash: u64 = 0;
    let mut n: u64 = 0;
    for h in items {
        hash ^= shuffle_bits(h as u64);
        n += 1;
    }
    hash ^= (n + 1).wrapping_mul(1927868237);
    hash ^= (hash >> 11) ^ (hash >> 25);
    hash = hash.wrapping_mul(69069).wrapping_add(907133923);
    if hash == u64::MAX {
        hash = 590923713;
    }
    hash as i64
}

#[cfg(test)]
#[allow(clippy::approx_constant)]
mod tests {
    use super::*;
    use num_bigint::BigInt;
    use num_traits::{One, Pow};

    // Expected values from `PYTHONHASHSEED=0 python3.11`.

    #[test]
    fn strings() {
        let cases: &[(&str, i64)] = &[
            ("", 0),
            ("a", 4644417185603328019),
            ("abc", -4594863902769663758),
            ("hello world", -5642461784034726774),
            ("abcdefgh", 4574395652268504554),
            ("abcdefghi", -532774252720507163),
            ("héllo", 6395329678795984700),
            ("\u{ff}", 3476900567878811119),
            ("€uro", 7542247858446192590),
            ("日本語", 7116994712188270),
            ("😀", -3536540696076613844),
            ("a😀b", -7541021549821082252),
            ("ÿÿÿÿÿÿÿÿÿ", -2129700217430894956),
            ("\u{100}", 75343234424780393),
        ];
        for (s, h) in cases {
            assert_eq!(hash_str(s), *h, "hash({:?})", s);
        }
        assert_eq!(hash_str(&"a".repeat(100)), -2643860352045292050);
    }

    #[test]
    fn bytes() {
        assert_eq!(hash_bytes(b""), 0);
        assert_eq!(hash_bytes(b"a"), 4644417185603328019);
        assert_eq!(hash_bytes(b"abc"), -4594863902769663758);
        assert_eq!(hash_bytes(&b"\x00\xff".repeat(5)), -1568401645254435457);
        let all: Vec<u8> = (0..=255u8).collect();
        assert_eq!(hash_bytes(&all), 3579909164457460488);
    }

    #[test]
    fn ints() {
        let small: &[(i64, i64)] = &[
            (0, 0),
            (1, 1),
            (-1, -2),
            (-2, -2),
            (2305843009213693950, 2305843009213693950),
            (2305843009213693951, 0),
            (2305843009213693952, 1),
            (-2305843009213693951, 0),
            (-2305843009213693952, -2),
            (i64::MAX, 3),
            (i64::MIN, -4),
        ];
        for (i, h) in small {
            assert_eq!(hash_i64(*i), *h, "hash({})", i);
            assert_eq!(hash_bigint(&BigInt::from(*i)), *h, "hash(big {})", i);
        }
        let two = BigInt::from(2);
        let ten = BigInt::from(10);
        assert_eq!(hash_bigint(&Pow::pow(&two, 64u32)), 8);
        assert_eq!(hash_bigint(&Pow::pow(&ten, 30u32)), 465258685558744706);
        assert_eq!(hash_bigint(&-Pow::pow(&ten, 30u32)), -465258685558744706);
        assert_eq!(hash_bigint(&Pow::pow(&two, 1000u32)), 16777216);
        assert_eq!(
            hash_bigint(&(BigInt::one() - Pow::pow(&two, 1000u32))),
            -16777215
        );
        let big: BigInt = "12345678901234567890123".parse().unwrap();
        assert_eq!(hash_bigint(&big), 195429904450476469);
    }

    #[test]
    fn floats() {
        let cases: &[(f64, i64)] = &[
            (0.0, 0),
            (-0.0, 0),
            (1.0, 1),
            (-1.0, -2),
            (1.5, 1152921504606846977),
            (-1.5, -1152921504606846977),
            (0.1, 230584300921369408),
            (1e300, 1224995262755759164),
            (5e-324, 16777216),
            (2305843009213693952.0, 1),
            (4.336808689942018e-19, 1),
            (1e-300, 482449582752280463),
            (std::f64::consts::PI, 326490430436040707),
            (f64::INFINITY, 314159),
            (f64::NEG_INFINITY, -314159),
            (4.611686018427388e18, 2),
            (-0.5, -1152921504606846976),
            (1.0000000000000002e16, 10000000000000002),
        ];
        for (x, h) in cases {
            assert_eq!(hash_f64(*x), Some(*h), "hash({:?})", x);
        }
        assert_eq!(hash_f64(f64::NAN), None);
    }

    #[test]
    fn complexes() {
        assert_eq!(hash_complex(1.0, 2.0), Some(2000007));
        assert_eq!(hash_complex(0.0, 1.0), Some(1000003));
        assert_eq!(hash_complex(-1.0, -1.0), Some(-2000008));
        assert_eq!(hash_complex(1.5, -2.5), Some(-2305843009215693957));
        assert_eq!(hash_complex(0.0, 0.0), Some(0));
        assert_eq!(hash_complex(f64::INFINITY, 1.0), Some(1314162));
        assert_eq!(hash_complex(f64::NAN, 1.0), None);
    }

    #[test]
    fn tuples() {
        assert_eq!(hash_tuple([], 0), 5740354900026072187);
        assert_eq!(hash_tuple([1], 1), -6644214454873602895);
        assert_eq!(hash_tuple([1, 2], 2), -3550055125485641917);
        assert_eq!(hash_tuple([1, 2, 3], 3), 529344067295497451);
        let inner = hash_tuple([1, 2], 2);
        assert_eq!(hash_tuple([inner, 3], 2), -333907151259015829);
        let items = [hash_str("abc"), hash_f64(1.5).unwrap(), hash_i64(-1)];
        assert_eq!(hash_tuple(items, 3), -6017073237264736666);
        assert_eq!(hash_tuple([hash_i64(-1)], 1), 8078679518589016365);
        assert_eq!(hash_tuple([hash_i64(-2)], 1), 8078679518589016365);
    }

    #[test]
    fn frozensets() {
        assert_eq!(hash_frozenset([]), 133146708735736);
        assert_eq!(hash_frozenset([1]), -558064481276695278);
        assert_eq!(hash_frozenset([3, 1, 2]), -272375401224217160);
        assert_eq!(
            hash_frozenset([hash_str("b"), hash_str("a")]),
            1679668661828516449
        );
        let inner = hash_frozenset([1]);
        assert_eq!(hash_frozenset([inner, 2]), -1248503628839622056);
    }
}
