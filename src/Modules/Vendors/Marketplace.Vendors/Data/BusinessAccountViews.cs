using System.Linq.Expressions;
using Marketplace.Vendors.Contracts;
using Marketplace.Vendors.Domain;

namespace Marketplace.Vendors.Data;

internal static class BusinessAccountViews
{
    public static readonly Expression<Func<BusinessAccount, BusinessAccountView>> ToView = a => new BusinessAccountView(
        a.Id, a.AccountEmail, a.CompanyName, a.TaxCode, a.Address, a.ContactPerson, a.Phone, a.Status, a.DecisionReason, a.RegisteredAt);

    private static readonly Func<BusinessAccount, BusinessAccountView> Compiled = ToView.Compile();

    public static BusinessAccountView From(BusinessAccount account) => Compiled(account);
}
