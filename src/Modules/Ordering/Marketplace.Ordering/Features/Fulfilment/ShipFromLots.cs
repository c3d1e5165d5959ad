using Marketplace.Catalog.Contracts;
using Marketplace.Ordering.Domain;
using Marketplace.Ordering.Features.Orders;
using Marketplace.SharedKernel.Results;
using Marketplace.SharedKernel.Text;
using Marketplace.SharedKernel.Vietnam;
using Mediator;

namespace Marketplace.Ordering.Features.Fulfilment;

/// <summary>
/// Which lots a part's lines leave from, decided when it ships: what the cooperative picked, and
/// for a line it said nothing of, the oldest lot that may ship (first in, first out). A line may
/// come from several lots; then their units add up to the line's. A product that keeps no lots
/// ships untraced, as before lots existed. Recalled and expired lots are refused. A reservation's
/// order proposes the lot its window named (the proposed lot) before the oldest.
/// </summary>
internal static class ShipFromLots
{
    public static async Task<Result<IReadOnlyList<ShippedLot>>> ChooseAsync(
        ISender sender, OrderPart part, IReadOnlyList<LotPick> picks, string? proposedLot, DateTimeOffset now, CancellationToken cancellationToken)
    {
        // Lines of one SKU are one stock: their lots are chosen together.
        var lines = part.Lines
            .Where(l => l.VariantId is not null)
            .GroupBy(l => l.Sku, StringComparer.OrdinalIgnoreCase)
            .Select(g => (Line: g.First(), Quantity: g.Sum(l => l.Quantity)))
            .ToList();
        if (lines.Count == 0 && picks.Count == 0)
        {
            return Array.Empty<ShippedLot>();
        }

        var shippable = await sender.Send(
            new GetShippableLotsQuery(lines.Select(l => l.Line.VariantId!.Value).ToList(), VietnamTime.DayOf(now)), cancellationToken);
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var chosen = new Dictionary<string, List<(ShippableLot Lot, int? Quantity, int Index)>>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < picks.Count; i++)
        {
            var pick = picks[i];
            var sku = pick.Sku?.Trim() ?? string.Empty;
            var at = lines.FindIndex(l => string.Equals(l.Line.Sku, sku, StringComparison.OrdinalIgnoreCase));
            if (at < 0)
            {
                errors[$"lots[{i}].sku"] = [Bilingual.Pick($"Phần đơn hàng này không có dòng mã {sku}.", $"No line of this part has the SKU {sku}.")];
                continue;
            }

            var line = lines[at].Line;
            var code = pick.LotCode?.Trim() ?? string.Empty;
            var lot = shippable.GetValueOrDefault(line.VariantId!.Value)?
                .FirstOrDefault(l => string.Equals(l.Code, code, StringComparison.OrdinalIgnoreCase));
            if (lot is null)
            {
                errors[$"lots[{i}].lotCode"] = [Bilingual.Pick(
                    $"Lô {code} không xuất được cho {line.Sku}: không phải lô của sản phẩm này, đã thu hồi hay đã hết hạn.",
                    $"The lot {code} cannot ship for {line.Sku}: it is not a lot of this product, or it is recalled or past its expiry.")];
                continue;
            }

            if (!chosen.TryGetValue(line.Sku, out var list))
            {
                chosen[line.Sku] = list = [];
            }

            list.Add((lot, pick.Quantity, i));
        }

        var shipped = new List<ShippedLot>();
        foreach (var (line, quantity) in lines)
        {
            if (!chosen.TryGetValue(line.Sku, out var list))
            {
                if (shippable.GetValueOrDefault(line.VariantId!.Value) is [var oldest, ..] lots)
                {
                    var lot = lots.FirstOrDefault(l => string.Equals(l.Code, proposedLot, StringComparison.OrdinalIgnoreCase)) ?? oldest;
                    shipped.Add(new ShippedLot(part, line, lot.LotId, lot.Code, quantity, now));
                }

                continue;
            }

            if (list is [{ Quantity: null } whole])
            {
                shipped.Add(new ShippedLot(part, line, whole.Lot.LotId, whole.Lot.Code, quantity, now));
                continue;
            }

            if (list.Any(p => p.Quantity is null or < 1) || list.Sum(p => (long)p.Quantity!.Value) != quantity)
            {
                errors[$"lots[{list[0].Index}].quantity"] = [Bilingual.Pick(
                    $"Các lô của {line.Sku} phải cộng lại đúng {quantity} đơn vị của dòng, mỗi lô một số lượng.",
                    $"The lots of {line.Sku} must add up to the line's {quantity} units, each with its quantity.")];
                continue;
            }

            shipped.AddRange(list
                .GroupBy(p => p.Lot.LotId)
                .Select(g => new ShippedLot(part, line, g.Key, g.First().Lot.Code, g.Sum(p => p.Quantity!.Value), now)));
        }

        return errors.Count > 0 ? Error.Validation(errors) : shipped;
    }
}
