/// The Hungarian method for a rectangular cost matrix (rows ≤ columns): the column for each row
/// that makes the total cost least, each column used at most once. O(rows² · columns), on one flat
/// array, since the balanced assignment runs it on hundreds of rows and thousands of columns.
enum Hungarian {
    /// A cost that marks a pairing as impossible; the result may still contain it when a row has
    /// no other column left.
    static let forbidden = 1_000_000_000

    struct Matrix {
        let rows: Int
        let columns: Int
        fileprivate var values: [Int]

        /// Every cell `forbidden` until set.
        init(rows: Int, columns: Int) {
            self.rows = rows
            self.columns = columns
            values = [Int](repeating: Hungarian.forbidden, count: rows * columns)
        }

        subscript(row: Int, column: Int) -> Int {
            get { values[row * columns + column] }
            set { values[row * columns + column] = newValue }
        }
    }

    static func minimumCostAssignment(_ matrix: Matrix) -> [Int] {
        let n = matrix.rows, m = matrix.columns
        guard n > 0 else { return [] }
        precondition(m >= n, "more rows than columns")
        var u = [Int](repeating: 0, count: n + 1), v = [Int](repeating: 0, count: m + 1)
        var p = [Int](repeating: 0, count: m + 1), way = [Int](repeating: 0, count: m + 1)
        var minv = [Int](repeating: 0, count: m + 1)
        var used = [Bool](repeating: false, count: m + 1)
        matrix.values.withUnsafeBufferPointer { cost in
            for i in 1...n {
                p[0] = i
                var j0 = 0
                for j in 0...m { minv[j] = Int.max / 2; used[j] = false }
                repeat {
                    used[j0] = true
                    let i0 = p[j0]
                    let rowStart = (i0 - 1) * m - 1
                    let ui0 = u[i0]
                    var delta = Int.max / 2, j1 = 0
                    for j in 1...m where !used[j] {
                        let current = cost[rowStart + j] - ui0 - v[j]
                        if current < minv[j] { minv[j] = current; way[j] = j0 }
                        if minv[j] < delta { delta = minv[j]; j1 = j }
                    }
                    for j in 0...m {
                        if used[j] { u[p[j]] += delta; v[j] -= delta } else { minv[j] -= delta }
                    }
                    j0 = j1
                } while p[j0] != 0
                repeat {
                    let j1 = way[j0]
                    p[j0] = p[j1]
                    j0 = j1
                } while j0 != 0
            }
        }
        var result = [Int](repeating: 0, count: n)
        for j in 1...m where p[j] != 0 { result[p[j] - 1] = j - 1 }
        return result
    }
}
