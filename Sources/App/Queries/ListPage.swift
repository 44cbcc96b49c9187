import Foundation

/// One page of a list already in memory: 50 items, the page asked for kept within the list.
struct ListPage<Item> {
    static var size: Int { 50 }

    let items: [Item]
    let total: Int
    let page: Int
    let pageCount: Int

    init(_ all: [Item], page asked: Int) {
        total = all.count
        pageCount = max(1, (all.count + Self.size - 1) / Self.size)
        page = min(max(asked, 1), pageCount)
        items = Array(all.dropFirst((page - 1) * Self.size).prefix(Self.size))
    }

    /// The page asked for, kept within a list of `total` items read a page at a time by the database.
    static func place(_ asked: Int, total: Int) -> (page: Int, pageCount: Int, offset: Int) {
        let pageCount = max(1, (total + size - 1) / size)
        let page = min(max(asked, 1), pageCount)
        return (page, pageCount, (page - 1) * size)
    }

    var firstNumber: Int { Self.firstNumber(ofPage: page) }

    /// The number of the first item on a page ("51" on page 2).
    static func firstNumber(ofPage page: Int) -> Int { (page - 1) * size + 1 }
}
