using System.Globalization;
using Marketplace.Ordering.Contracts;
using Marketplace.Ordering.Features.Cart;
using Marketplace.Ordering.Features.PlaceOrder;
using Marketplace.SharedKernel;

namespace Marketplace.Ordering.Tests;

/// <summary>Checkout's validator as a case table: one field wrong at a time, named in the answer.</summary>
public sealed class PlaceOrderValidatorTests
{
    private static readonly UserId Buyer = UserId.From(Guid.NewGuid());

    private static readonly PlaceOrderCommand Valid = new(
        CartOwner.Person(Buyer), Buyer, "mua@example.vn", "key-1",
        new DeliveryAddress("Đỗ Minh Anh", "0912345678", "Hà Nội", "phường Hoàn Kiếm", "12 Hàng Bạc"),
        null, PaymentMethod.CashOnDelivery, "vi");

    public static TheoryData<string, string> Cases() => new()
    {
        { "no idempotency key", "IdempotencyKey" },
        { "an idempotency key of 101 characters", "IdempotencyKey" },
        { "no account", "BuyerId" },
        { "no e-mail", "BuyerEmail" },
        { "no recipient", "Recipient" },
        { "a phone that is not Vietnamese", "Phone" },
        { "a province that does not exist", "Province" },
        { "no commune", "Commune" },
        { "no street", "Street" },
        { "a note of 1,001 characters", "Note" },
        { "a payment method out of range", "PaymentMethod" },
        { "a PO number of 51 characters", "PurchaseOrderNumber" },
        { "a culture we do not speak", "Culture" },
    };

    [Fact]
    public void AValidCheckout_Passes() => Assert.True(new PlaceOrderValidator().Validate(Valid).IsValid);

    [Theory]
    [MemberData(nameof(Cases))]
    public void OneWrongField_IsNamed(string wrong, string field)
    {
        CultureInfo.CurrentUICulture = new CultureInfo("vi");
        var command = wrong switch
        {
            "no idempotency key" => Valid with { IdempotencyKey = "" },
            "an idempotency key of 101 characters" => Valid with { IdempotencyKey = new string('k', 101) },
            "no account" => Valid with { BuyerId = UserId.None },
            "no e-mail" => Valid with { BuyerEmail = "" },
            "no recipient" => Valid with { Delivery = Valid.Delivery with { Recipient = " " } },
            "a phone that is not Vietnamese" => Valid with { Delivery = Valid.Delivery with { Phone = "12345" } },
            "a province that does not exist" => Valid with { Delivery = Valid.Delivery with { Province = "Sài Gòn Mới" } },
            "no commune" => Valid with { Delivery = Valid.Delivery with { Commune = "" } },
            "no street" => Valid with { Delivery = Valid.Delivery with { Street = "" } },
            "a note of 1,001 characters" => Valid with { Note = new string('n', 1001) },
            "a payment method out of range" => Valid with { PaymentMethod = (PaymentMethod)42 },
            "a PO number of 51 characters" => Valid with { PurchaseOrderNumber = new string('P', 51) },
            _ => Valid with { Culture = "fr" },
        };

        var result = new PlaceOrderValidator().Validate(command);

        Assert.False(result.IsValid, wrong);
        Assert.Equal([field], result.Errors.Select(e => e.PropertyName).Distinct());
    }
}
