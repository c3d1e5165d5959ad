using System.Globalization;
using Marketplace.SharedKernel.Text;

namespace Marketplace.Payments.Domain;

/// <summary>
/// The descriptions the marketplace writes on ledger entries are stored as a key and its figure
/// ("@commission|250"), and worded when read, in the reader's language: an entry booked by a
/// webhook or a background sweep is no longer frozen in whatever language that thread had.
/// What a person typed (a refund's or a reversal's reason) is stored and shown as typed.
/// </summary>
internal static class LedgerText
{
    public const string SalePrepaid = "@sale.prepaid";
    public const string SaleCash = "@sale.cash";
    public const string CashCollected = "@cash";
    public const string CommissionReturned = "@commission.returned";
    public const string Released = "@released";
    public const string ReleasedFromPending = "@released.pending";

    public const string DepositSold = "@deposit.sold";

    /// <summary>Cash on delivery a carrier collected: the alliance's once the carrier pays it over.</summary>
    public const string SaleCarrierCash = "@sale.carrier";

    /// <summary>What a carrier kept of a parcel's cash, or charged for it (delivery, insurance, return), by its statement: the tracking code.</summary>
    public static string CarrierCharges(string carrier, string trackingCode) => $"@carrier.charges|{carrier} {trackingCode}";

    public static string PayIn(string reference) => $"@payin|{reference}";

    /// <summary>The alliance's share of a voucher's discount, paid to the cooperative: the voucher's code.</summary>
    public static string Promotion(string code) => $"@promotion|{code}";

    /// <summary>A transfer toward a pre-order's deposit came in: the reservation's number.</summary>
    public static string DepositIn(string reservation) => $"@deposit.in|{reservation}";

    /// <summary>What a reservation received of its deposit beyond what is due is owed back to the buyer.</summary>
    public static string DepositBack(string reservation) => $"@deposit.back|{reservation}";

    /// <summary>Cash on delivery where the buyer paid less than was due: the reason the cooperative gave.</summary>
    public static string SaleCashShort(string reason) => $"@sale.cash.short|{Cut(reason, 400)}";

    /// <summary>The carrier's fee for bringing back a parcel nobody took: why it came back, as the cooperative wrote it.</summary>
    public static string ReturnFee(string? reason) => $"@return.fee|{Cut(reason ?? string.Empty, 400)}";

    /// <summary>At most <paramref name="length"/> characters (a description holds 500), never half of a character written as two.</summary>
    private static string Cut(string text, int length) =>
        text.Length <= length ? text : text[..(char.IsHighSurrogate(text[length - 1]) ? length - 1 : length)];

    public static string Commission(int basisPoints) => $"@commission|{basisPoints.ToString(CultureInfo.InvariantCulture)}";

    public static string Payout(string batchNumber) => $"@payout|{batchNumber}";

    public static string Render(string stored)
    {
        ArgumentNullException.ThrowIfNull(stored);
        if (!stored.StartsWith('@'))
        {
            return stored;
        }

        var (key, figure) = stored.IndexOf('|', StringComparison.Ordinal) is var bar and >= 0 ? (stored[..bar], stored[(bar + 1)..]) : (stored, string.Empty);
        return key switch
        {
            SalePrepaid => Bilingual.Pick("Bán hàng (đã thanh toán trước)", "Sale (paid in advance)"),
            SaleCash => Bilingual.Pick("Bán hàng (thu tiền khi giao)", "Sale (cash on delivery)"),
            SaleCarrierCash => Bilingual.Pick(
                "Bán hàng (hãng vận chuyển thu hộ, chờ hãng chuyển tiền)", "Sale (cash collected by the carrier, awaiting its payment)"),
            "@carrier.charges" => Bilingual.Pick($"Cước của hãng vận chuyển theo bảng đối soát ({figure})", $"Carrier's charges by its statement ({figure})"),
            CashCollected => Bilingual.Pick("Tiền mặt hợp tác xã đã thu", "Cash the cooperative collected"),
            CommissionReturned => Bilingual.Pick("Hoàn phí hoa hồng theo khoản hoàn tiền", "Commission returned with the refund"),
            "@commission" when int.TryParse(figure, CultureInfo.InvariantCulture, out var basisPoints) => Bilingual.Pick(
                $"Hoa hồng {(basisPoints / 100m).ToString("0.##", CultureInfo.GetCultureInfo("vi"))} % trên tiền hàng",
                $"Commission {(basisPoints / 100m).ToString("0.##", CultureInfo.InvariantCulture)} % of the goods"),
            "@payout" => Bilingual.Pick($"Chi trả đợt {figure}", $"Payout {figure}"),
            Released => Bilingual.Pick("Đã giao: tiền được chi trả", "Delivered: money payable"),
            ReleasedFromPending => Bilingual.Pick("Đã giao: chuyển khỏi tiền chờ giao", "Delivered: moved out of pending"),
            DepositSold => Bilingual.Pick("Tiền cọc đặt trước tính vào bán hàng", "Pre-order deposit counted into the sale"),
            "@deposit.in" => Bilingual.Pick($"Nhận tiền cọc đặt trước {figure}", $"Pre-order deposit received, {figure}"),
            "@deposit.back" => Bilingual.Pick($"Tiền cọc trả lại người mua, {figure}", $"Deposit owed back to the buyer, {figure}"),
            "@promotion" => Bilingual.Pick($"Liên minh trả phần giảm giá của mã {figure}", $"The alliance's share of the discount of voucher {figure}"),
            "@payin" => Bilingual.Pick($"Hợp tác xã nộp tiền công nợ ({figure})", $"Cooperative paid what it owed ({figure})"),
            "@sale.cash.short" => Bilingual.Pick($"Bán hàng (thu tiền khi giao, thu thiếu: {figure})", $"Sale (cash on delivery, short: {figure})"),
            "@return.fee" => Bilingual.Pick($"Phí hoàn hàng của hãng vận chuyển ({figure})", $"Carrier's return fee ({figure})"),
            _ => stored,
        };
    }
}
