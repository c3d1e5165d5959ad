using Marketplace.Vendors.Contracts;
using Microsoft.AspNetCore.Mvc;

namespace Marketplace.Vendors.Features.GetCertificationBadges;

/// <summary>
/// A cooperative's certificates as badges (VietGAP, OCOP ★★★ …), drawn by Vendors wherever
/// another module shows them: a product card, a product page, a lot's trace. Public because MVC
/// finds view components only among public types.
/// </summary>
public sealed class CertificationBadgesViewComponent : ViewComponent
{
    public IViewComponentResult Invoke(IReadOnlyList<CertificationBadge> badges) => View("/Features/GetCertificationBadges/Badges.cshtml", badges);
}
