using System.Globalization;
using Marketplace.Ordering.Contracts;
using Marketplace.Payments.Contracts;
using Marketplace.SharedKernel;
using Marketplace.SharedKernel.Results;
using Marketplace.SharedKernel.Text;
using Mediator;

namespace Marketplace.Ordering.Features.Orders;

internal static class PaymentChoice
{
    /// <summary>
    /// Card is refused while the alliance takes no cards (no Stripe keys), a wallet while it has no
    /// keys for it: the buyer is told to choose another way.
    /// </summary>
    public static async Task<Error?> RefusedAsync(ISender sender, PaymentMethod method, CancellationToken cancellationToken)
    {
        if (!method.ThroughGateway())
        {
            return null;
        }

        var options = await sender.Send(new GetPaymentOptionsQuery(), cancellationToken);
        return method switch
        {
            PaymentMethod.Card when !options.CardsEnabled => Refused(Bilingual.Pick(
                "Hiện không nhận thanh toán bằng thẻ: hãy chọn chuyển khoản hoặc thanh toán khi nhận hàng.",
                "Cards are not taken at the moment: choose bank transfer or cash on delivery.")),
            PaymentMethod.MoMo when !options.MoMoEnabled => Refused(Bilingual.Pick(
                "Hiện không nhận thanh toán qua ví MoMo: hãy chọn chuyển khoản hoặc thanh toán khi nhận hàng.",
                "MoMo is not taken at the moment: choose bank transfer or cash on delivery.")),
            PaymentMethod.ZaloPay when !options.ZaloPayEnabled => Refused(Bilingual.Pick(
                "Hiện không nhận thanh toán qua ZaloPay: hãy chọn chuyển khoản hoặc thanh toán khi nhận hàng.",
                "ZaloPay is not taken at the moment: choose bank transfer or cash on delivery.")),
            PaymentMethod.VnPay when !options.VnPayEnabled => Refused(Bilingual.Pick(
                "Hiện không nhận thanh toán qua VNPay: hãy chọn chuyển khoản hoặc thanh toán khi nhận hàng.",
                "VNPay is not taken at the moment: choose bank transfer or cash on delivery.")),
            _ => null,
        };
    }

    /// <summary>
    /// A wallet takes one payment of 1,000 ₫ to 50,000,000 ₫: an order outside that is paid another
    /// way (one that asks nothing, its deposit having paid it all, is not sent to the wallet at all).
    /// </summary>
    public static Error? RefusedFor(PaymentMethod method, long amountVnd)
    {
        if (!method.IsWallet() || amountVnd is 0 or (>= PaymentOptions.WalletMinVnd and <= PaymentOptions.WalletMaxVnd))
        {
            return null;
        }

        var culture = CultureInfo.CurrentUICulture;
        var name = method == PaymentMethod.VnPay ? "VNPay" : method.ToString();
        var min = Money.Dong(PaymentOptions.WalletMinVnd).Format(culture);
        var max = Money.Dong(PaymentOptions.WalletMaxVnd).Format(culture);
        return Refused(Bilingual.Pick(
            $"{name} nhận mỗi lần thanh toán từ {min} đến {max}: hãy chọn chuyển khoản.",
            $"{name} takes one payment of {min} to {max}: choose bank transfer."));
    }

    private static Error Refused(string message) =>
        Error.Validation(new Dictionary<string, string[]>(StringComparer.Ordinal) { ["PaymentMethod"] = [message] });
}
