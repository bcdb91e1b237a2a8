//! Binary STL: an 80-byte header, a little-endian u32 triangle count, then 50 bytes a
//! triangle (normal, three vertices as f32 x/y/z, a u16 attribute count).

use crate::vec::V3;

/// Why an STL could not be read.
#[derive(Debug, Clone, PartialEq)]
pub enum StlError {
    /// Fewer than 84 bytes.
    TooShort,
    /// The length is not 84 + 50 * count.
    WrongLength {
        /// Triangles the header promises.
        count: u32,
        /// Bytes present.
        len: usize,
    },
    /// A coordinate is NaN or infinite.
    NotFinite,
}

impl std::fmt::Display for StlError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            StlError::TooShort => write!(f, "STL shorter than its 84-byte header"),
            StlError::WrongLength { count, len } => {
                write!(f, "STL of {len} bytes cannot hold {count} triangles")
            }
            StlError::NotFinite => write!(f, "STL has a non-finite coordinate"),
        }
    }
}

/// The triangles of a binary STL (vertices as stored; the stored normals are ignored).
pub fn read(bytes: &[u8]) -> Result<Vec<[V3; 3]>, StlError> {
    if bytes.len() < 84 {
        return Err(StlError::TooShort);
    }
    let count = u32::from_le_bytes([bytes[80], bytes[81], bytes[82], bytes[83]]);
    if bytes.len() as u64 != 84 + 50 * u64::from(count) {
        return Err(StlError::WrongLength {
            count,
            len: bytes.len(),
        });
    }
    let f = |o: usize| f32::from_le_bytes([bytes[o], bytes[o + 1], bytes[o + 2], bytes[o + 3]]);
    let mut tris = Vec::with_capacity(count as usize);
    for t in 0..count as usize {
        let base = 84 + 50 * t + 12;
        let mut tri = [V3::default(); 3];
        for (k, v) in tri.iter_mut().enumerate() {
            let o = base + 12 * k;
            let (x, y, z) = (f(o), f(o + 4), f(o + 8));
            if !(x.is_finite() && y.is_finite() && z.is_finite()) {
                return Err(StlError::NotFinite);
            }
            *v = V3::new(f64::from(x), f64::from(y), f64::from(z));
        }
        tris.push(tri);
    }
    Ok(tris)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn one_triangle() -> Vec<u8> {
        let mut b = vec![0u8; 80];
        b.extend(1u32.to_le_bytes());
        for v in [
            0.0f32, 0.0, 1.0, 1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0, 9.0,
        ] {
            b.extend(v.to_le_bytes());
        }
        b.extend(0u16.to_le_bytes());
        b
    }

    #[test]
    fn reads_vertices_and_checks_length() {
        let t = read(&one_triangle()).unwrap();
        assert_eq!(t.len(), 1);
        assert_eq!(t[0][0], V3::new(1.0, 2.0, 3.0));
        assert_eq!(t[0][2], V3::new(7.0, 8.0, 9.0));
        let mut short = one_triangle();
        short.pop();
        assert!(matches!(read(&short), Err(StlError::WrongLength { .. })));
        assert_eq!(read(&[0u8; 10]), Err(StlError::TooShort));
    }
}
