using System.Net.Http.Json;

namespace Marketplace.Web.Tests.Infrastructure;

/// <summary>The checkout a shopper's app sends, as the crash and scale-out tests send it again and again.</summary>
public static class Checkouts
{
    /// <summary>POST /api/v1/orders to a Cao Bằng address, under the key a retry sends again; cash on delivery unless said.</summary>
    public static HttpRequestMessage Request(Guid idempotencyKey, string paymentMethod = "CashOnDelivery")
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/orders")
        {
            Content = JsonContent.Create(new
            {
                recipient = "Lê Văn Nam",
                phone = "0987654321",
                province = "Cao Bằng",
                commune = "xã Thạch An",
                street = "thôn Độc Lập",
                paymentMethod,
            }),
        };
        request.Headers.Add("Idempotency-Key", idempotencyKey.ToString());
        return request;
    }
}
