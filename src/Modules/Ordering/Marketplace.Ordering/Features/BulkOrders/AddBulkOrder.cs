using System.Globalization;
using System.Text;
using CsvHelper;
using Marketplace.Catalog.Contracts;
using Marketplace.Ordering.Data;
using Marketplace.Ordering.Features.Cart;
using Marketplace.SharedKernel;
using Marketplace.SharedKernel.Results;
using Marketplace.SharedKernel.Text;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Ordering.Features.BulkOrders;

/// <summary>
/// Reads the buyer's CSV in one pass, asks the catalog for every SKU it names in one query, prices
/// each line at the tier its quantity reaches, and puts the valid lines in the cart in the same
/// transaction. Lines with the same SKU add up, as they would in the cart. The file is refused as
/// a whole (and nothing changes) when it cannot be read: no sku or quantity column, a quantity
/// that is not a whole number above zero, bytes that are not UTF-8, too many lines or bytes.
/// </summary>
internal sealed class AddBulkOrderHandler(OrderingDbContext db, ISender sender, TimeProvider clock)
    : ICommandHandler<AddBulkOrderCommand, Result<BulkOrderResult>>
{
    public const int MaxBytes = 1024 * 1024;
    public const int MaxLines = Domain.Cart.MaxLines;

    private static readonly string[] SkuHeaders = ["sku", "ma sp", "ma san pham", "ma hang"];
    private static readonly string[] QuantityHeaders = ["quantity", "qty", "so luong", "sl"];

    public async ValueTask<Result<BulkOrderResult>> Handle(AddBulkOrderCommand command, CancellationToken cancellationToken)
    {
        var read = Read(command.File.Content);
        if (!read.IsSuccess)
        {
            return read.Error!;
        }

        var lines = read.Value;
        var variants = (await sender.Send(
                new GetVariantsBySkuQuery(lines.Select(l => l.Sku).Distinct(StringComparer.OrdinalIgnoreCase).ToList()), cancellationToken))
            .ToDictionary(v => v.Sku, StringComparer.OrdinalIgnoreCase);
        var cart = await db.Carts.SingleOrDefaultAsync(c => c.OwnerKey == command.Owner.Key, cancellationToken);
        var inCart = cart?.Lines.ToDictionary(l => l.VariantId, l => l.Quantity) ?? [];
        var taken = new Dictionary<VariantId, int>();
        var results = new List<BulkLineResult>(lines.Count);
        foreach (var (line, sku, quantity) in lines)
        {
            if (!variants.TryGetValue(sku, out var variant) || !variant.Purchasable)
            {
                results.Add(new BulkLineResult(line, sku, quantity, null, null, null, null, null, null,
                    variant is null
                        ? Bilingual.Pick("Không có mã sản phẩm này.", "No product has this SKU.")
                        : Bilingual.Pick("Sản phẩm đã ngừng bán.", "No longer on sale.")));
                continue;
            }

            var total = taken.GetValueOrDefault(variant.VariantId) + inCart.GetValueOrDefault(variant.VariantId) + quantity;
            var unit = CartPricing.UnitPrice(variant, total, businessBuyer: true);
            var problem =
                total < variant.MinOrderQuantity ? Bilingual.Pick(
                    $"Dưới mức tối thiểu {variant.MinOrderQuantity}.", $"Below the minimum of {variant.MinOrderQuantity}.")
                : total > variant.Stock ? Bilingual.Pick($"Vượt tồn kho: chỉ còn {variant.Stock}.", $"Above stock: only {variant.Stock} left.")
                : null;
            if (problem is null)
            {
                taken[variant.VariantId] = taken.GetValueOrDefault(variant.VariantId) + quantity;
            }

            results.Add(new BulkLineResult(
                line, variant.Sku, quantity, variant.VariantId, variant.ProductName, variant.VendorName, unit, unit * quantity,
                variant.MinOrderQuantity, problem));
        }

        var added = !command.CheckOnly && taken.Count > 0;
        if (added)
        {
            if (cart is null)
            {
                cart = new Domain.Cart(Guid.NewGuid(), command.Owner.Key, clock.GetUtcNow());
                db.Carts.Add(cart);
            }

            if (cart.Lines.Select(l => l.VariantId).Union(taken.Keys).Count() > Domain.Cart.MaxLines)
            {
                return Error.Rule("cart.full", Bilingual.Pick(
                    $"Giỏ hàng có tối đa {Domain.Cart.MaxLines} dòng.", $"A cart holds at most {Domain.Cart.MaxLines} lines."));
            }

            cart.AddAll(taken, clock.GetUtcNow());
        }

        return new BulkOrderResult(results.Count, results.Count(r => r.Problem is null), added, results);
    }

    private static Result<IReadOnlyList<(int Line, string Sku, int Quantity)>> Read(ReadOnlyMemory<byte> content)
    {
        if (content.Length > MaxBytes)
        {
            return Invalid(Bilingual.Pick("Tệp lớn hơn 1 MB.", "The file is larger than 1 MB."));
        }

        try
        {
            _ = new UTF8Encoding(false, throwOnInvalidBytes: true).GetCharCount(content.Span);
        }
        catch (DecoderFallbackException)
        {
            return Invalid(Bilingual.Pick("Tệp phải được lưu dạng CSV mã hóa UTF-8.", "The file must be a CSV saved as UTF-8."));
        }

        using var csv = CsvReader.Create(content, new CsvReaderOptions { TrimWhitespace = true, TrackLineNumbers = true });
        csv.ReadHeader();
        var header = csv.Headers.Select(h => VietnameseText.Fold(h.TrimStart('\uFEFF')).Replace('_', ' ').Trim()).ToList();
        var skuColumn = header.FindIndex(h => SkuHeaders.Contains(h, StringComparer.Ordinal));
        var quantityColumn = header.FindIndex(h => QuantityHeaders.Contains(h, StringComparer.Ordinal));
        if (skuColumn < 0 || quantityColumn < 0)
        {
            return Invalid(Bilingual.Pick(
                $"Dòng đầu phải có cột \"sku\" và \"quantity\" (hoặc \"mã sp\", \"số lượng\"); tệp có: {string.Join(", ", csv.Headers)}.",
                $"The first line must name the columns \"sku\" and \"quantity\"; the file has: {string.Join(", ", csv.Headers)}."));
        }

        var lines = new List<(int, string, int)>();
        var bad = new List<string>();
        while (csv.Read())
        {
            var line = (int)csv.LineNumber;
            var sku = csv.GetString(skuColumn);
            var quantityText = csv.GetString(quantityColumn);
            if (string.IsNullOrEmpty(sku) || !int.TryParse(quantityText, NumberStyles.None, CultureInfo.InvariantCulture, out var quantity) || quantity <= 0)
            {
                bad.Add(Bilingual.Pick($"dòng {line}: \"{sku}\" × \"{quantityText}\"", $"line {line}: \"{sku}\" × \"{quantityText}\""));
                continue;
            }

            lines.Add((line, sku, quantity));
            if (lines.Count > MaxLines)
            {
                return Invalid(Bilingual.Pick($"Tệp có quá {MaxLines} dòng.", $"The file has more than {MaxLines} lines."));
            }
        }

        if (bad.Count > 0)
        {
            return Invalid(Bilingual.Pick(
                $"Số lượng phải là số nguyên lớn hơn 0 và mỗi dòng cần mã sản phẩm; {bad.Count} dòng sai: "
                    + $"{string.Join("; ", bad.Take(10))}{(bad.Count > 10 ? " …" : string.Empty)}. Chưa có gì được thêm vào giỏ.",
                $"Each line needs a SKU and a whole quantity above zero; {bad.Count} lines are wrong: "
                    + $"{string.Join("; ", bad.Take(10))}{(bad.Count > 10 ? " …" : string.Empty)}. Nothing was added to the cart."));
        }

        return lines.Count == 0 ? Invalid(Bilingual.Pick("Tệp không có dòng nào.", "The file has no lines.")) : lines;
    }

    private static Error Invalid(string message) =>
        Error.Validation(new Dictionary<string, string[]>(StringComparer.Ordinal) { ["file"] = [message] });
}
